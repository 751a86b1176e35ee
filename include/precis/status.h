// Copyright 2026 The precis Authors.
//
// Status and Result<T>: how library functions that can fail on input or I/O
// report it (after leveldb's Status). Pure text functions never fail: bad
// UTF-8 becomes U+FFFD. Only the CLI turns a Status into a message and an
// exit code.

#ifndef PRECIS_STATUS_H_
#define PRECIS_STATUS_H_

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace precis {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller asked for something impossible (usage)
    kBadInput,         // input data is malformed, empty or unusable
    kNotFound,         // a file or an id does not exist
    kIOError,          // the operating system failed us
    kInternal,         // a bug in precis
  };

  Status() = default;  // OK
  Status(Code code, std::string message)
      : code_(code), message_(std::move(message)) {}

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string m) {
    return Status(Code::kInvalidArgument, std::move(m));
  }
  static Status BadInput(std::string m) {
    return Status(Code::kBadInput, std::move(m));
  }
  static Status NotFound(std::string m) {
    return Status(Code::kNotFound, std::move(m));
  }
  static Status IOError(std::string m) {
    return Status(Code::kIOError, std::move(m));
  }
  static Status Internal(std::string m) {
    return Status(Code::kInternal, std::move(m));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK", or the message prefixed by the code's name.
  std::string ToString() const;

 private:
  Code code_ = Code::kOk;
  std::string message_;
};

// A value or the Status explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : v_(std::move(status)) {  // NOLINT
    assert(!std::get<Status>(v_).ok() && "Result from an OK status");
  }

  bool ok() const { return v_.index() == 0; }
  // OK when a value is held.
  Status status() const { return ok() ? Status::OK() : std::get<1>(v_); }

  // REQUIRES: ok().
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace precis

#define PRECIS_CONCAT_INNER_(a, b) a##b
#define PRECIS_CONCAT_(a, b) PRECIS_CONCAT_INNER_(a, b)

// Returns the status of `expr` from the enclosing function if it is not OK.
#define PRECIS_RETURN_IF_ERROR(expr)              \
  do {                                            \
    ::precis::Status precis_status_ = (expr);     \
    if (!precis_status_.ok()) return precis_status_; \
  } while (0)

// `lhs = value of expr`, or returns its status from the enclosing function.
#define PRECIS_ASSIGN_OR_RETURN(lhs, expr)                              \
  auto PRECIS_CONCAT_(precis_result_, __LINE__) = (expr);               \
  if (!PRECIS_CONCAT_(precis_result_, __LINE__).ok())                   \
    return PRECIS_CONCAT_(precis_result_, __LINE__).status();           \
  lhs = std::move(PRECIS_CONCAT_(precis_result_, __LINE__)).value()

#endif  // PRECIS_STATUS_H_
