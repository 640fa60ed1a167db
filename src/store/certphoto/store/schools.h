#pragma once
// Reading the schools (receivers): the import tool analyses each photo with its school's profile.
// Written by the cli engineer (the smallest addition the import needed); writes stay in admin.h.

#include <certphoto/core/result.h>
#include <certphoto/store/connection.h>

#include <QString>
#include <vector>

namespace certphoto::store {

struct School {
    qint64 id = 0;
    QString name;
    QString profile;
    int deadlineHours = 48;
};

// Every school, by name. Readable by every certphoto group.
Result<std::vector<School>> listSchools(Connection& c);

} // namespace certphoto::store
