// Copyright 2026 The precis Authors.
//
// Publication dates as news files write them, normalized to ISO 8601.

#ifndef PRECIS_INGEST_PUBLISHED_DATE_H_
#define PRECIS_INGEST_PUBLISHED_DATE_H_

#include <string>
#include <string_view>

namespace precis {

// Sets *iso to "YYYY-MM-DD" (or "YYYY-MM-DDTHH:MM[:SS][zone]" when the value
// is ISO 8601 with a time) and returns true when `value` is a valid calendar
// date in one of the forms news files use: "2018-04-10", "2018/04/10",
// "Apr 10, 2018", "April 10 2018", "10 April 2018", each optionally after a
// weekday ("Tuesday, April 10, 2018") and before a time of day. Numeric
// day/month orders other than year first ("04/10/2018") are ambiguous and
// refused. Returns false (leaving *iso alone) otherwise.
bool NormalizeDate(std::string_view value, std::string* iso);

}  // namespace precis

#endif  // PRECIS_INGEST_PUBLISHED_DATE_H_
