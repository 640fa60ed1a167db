#pragma once
// What the person is told when the store says no. The store's Error carries a stable `code` and an English
// `message` (its own words or libpq's); the window shows only a sentence made from the code, through tr()
// (what happened and what to do), and the raw message goes to the log (scrubbed), never into a dialog.
//
// storeErrorCodes() lists every code with its own sentence. tests/app/tst_store_errors.cpp reads
// src/store and src/app at test time and fails when a code returned there has no sentence here.

#include <certphoto/result/result.h>

#include <QString>
#include <string>
#include <vector>

namespace certphoto::app {

// Where the error met the person: at the login a dropped connection means "cannot reach the server" or
// "wrong login or password"; while working it means the connection was lost.
enum class StoreErrorWhere { Working, Login };

// The person's sentence for `error` in the current language. Codes without a sentence get a generic one
// that names the code (never the raw message).
QString storeErrorText(const Error& error, StoreErrorWhere where = StoreErrorWhere::Working);

// Every code storeErrorText() knows a sentence for (the store's and the app's own).
std::vector<std::string> storeErrorCodes();
bool hasStoreErrorText(const std::string& code);

// The generic sentence for a code nobody wrote one for (the tests compare against it).
QString storeErrorFallbackText(const std::string& code);

// The raw message to the log (scrubbed of personal data), with the code and what was being done.
void logStoreError(const QString& what, const Error& error);

} // namespace certphoto::app
