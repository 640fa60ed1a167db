#pragma once
// Reading the schools (receivers): the intake analyzes each photo with its school's profile. Writes stay in
// admin.h.

#include <certphoto/result/result.h>
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

// The profile a school gets when it first appears. Its one owner is the database (the default of the schools
// table's profile column); clients ask rather than repeat it.
Result<QString> defaultSchoolProfile(Connection& c);

} // namespace certphoto::store
