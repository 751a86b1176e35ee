// Copyright 2026 The precis Authors.

#include "precis/status.h"

#include "precis/diagnostics.h"

namespace precis {

std::string Status::ToString() const {
  const char* name = "OK";
  switch (code_) {
    case Code::kOk:
      return "OK";
    case Code::kInvalidArgument:
      name = "invalid argument";
      break;
    case Code::kBadInput:
      name = "bad input";
      break;
    case Code::kNotFound:
      name = "not found";
      break;
    case Code::kIOError:
      name = "I/O error";
      break;
    case Code::kInternal:
      name = "internal error";
      break;
  }
  return std::string(name) + ": " + message_;
}

std::string Diagnostic::ToString() const {
  std::string s = file;
  if (line > 0) s.append(":").append(std::to_string(line));
  s += severity == Severity::kWarning ? ": warning: " : ": note: ";
  s += message;
  return s;
}

}  // namespace precis
