#pragma once

#include "common/Error.h"

#include <utility>
#include <variant>

namespace baton {

/// Either a value or an Error. Construct from a T for success, from an Error for failure.
template<typename T>
class [[nodiscard]] Result {
public:
    // Implicit on purpose: `return value;` and `return error;` both make a Result.
    // NOLINTNEXTLINE(google-explicit-constructor)
    Result(T value)
        : m_state(std::move(value))
    {}
    // NOLINTNEXTLINE(google-explicit-constructor)
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    /// On a temporary, hands the value out by value so `for (x : *f())` stays safe.
    T value() && { return std::get<T>(std::move(m_state)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/// Success carries nothing; failure carries an Error.
template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    // NOLINTNEXTLINE(google-explicit-constructor)
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {} // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorKind kind, QString message)
{
    return Error{kind, std::move(message)};
}

} // namespace baton

/// Propagates a failed Result<...> from the enclosing function.
#define BATON_TRY(expr)                                                                                      \
    do {                                                                                                     \
        if (auto batonTryResult_ = (expr); !batonTryResult_.ok())                                            \
            return batonTryResult_.error();                                                                  \
    } while (false)
