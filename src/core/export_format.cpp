// Export formats: parsed from the data files beside the profiles (export-formats/<name>.json).
#include <certphoto/core/detail/json.h>
#include <certphoto/core/export_format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace certphoto::core {
namespace fs = std::filesystem;

namespace {

Error invalid(const std::string& what) {
    return makeError("export_format.invalid", what);
}

bool plainName(const std::string& name) {
    return !name.empty() && name.size() <= 64 && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

std::optional<double> number(const json::Value& doc, const char* key) {
    if (auto* v = doc.get(key); v && v->isNumber())
        return v->number;
    return std::nullopt;
}

std::string text(const json::Value& doc, const char* key, const std::string& fallback) {
    if (auto* v = doc.get(key); v && v->isString())
        return v->string;
    return fallback;
}

} // namespace

Result<ExportFormat> parseExportFormat(const std::string& source) {
    std::string error;
    auto doc = json::parse(source, error);
    if (!doc)
        return makeError("export_format.syntax", "export format is not valid JSON: " + error);
    if (!doc->isObject())
        return invalid("an export format must be a JSON object");
    ExportFormat f;
    f.name = text(*doc, "name", "");
    if (!plainName(f.name))
        return invalid("an export format needs a plain name (a-z, 0-9, '-', '_')");
    f.title = text(*doc, "title", f.name);
    f.width = int(number(*doc, "width").value_or(0));
    f.height = int(number(*doc, "height").value_or(0));
    if (f.width < 16 || f.height < 16 || f.width > 4000 || f.height > 4000)
        return invalid(f.name + ": width and height must be 16 to 4000 px");
    f.minBytes = std::int64_t(std::llround(number(*doc, "min_kb").value_or(0) * 1024));
    f.maxBytes = std::int64_t(std::llround(number(*doc, "max_kb").value_or(0) * 1024));
    if (f.minBytes < 0 || f.maxBytes < 0 || (f.maxBytes > 0 && f.maxBytes < f.minBytes))
        return invalid(f.name + ": min_kb and max_kb must make a range");
    f.qualityMin = int(number(*doc, "quality_min").value_or(60));
    if (f.qualityMin < 1 || f.qualityMin > 100)
        return invalid(f.name + ": quality_min must be 1 to 100");
    const std::string naming = text(*doc, "naming", "id_number");
    if (naming == "id_number")
        f.naming = Naming::IdNumber;
    else if (naming == "exam_number")
        f.naming = Naming::ExamNumber;
    else
        return invalid(f.name + ": naming must be id_number or exam_number");
    f.profile = text(*doc, "profile", "");
    if (!plainName(f.profile))
        return invalid(f.name + ": the format needs the compliance profile its photos are checked with");
    const std::string recheck = text(*doc, "recheck", "full");
    if (recheck == "full")
        f.recheck = Recheck::Full;
    else if (recheck == "file")
        f.recheck = Recheck::File;
    else if (recheck == "export")
        f.recheck = Recheck::Export;
    else
        return invalid(f.name + ": recheck must be export, full or file");
    if (auto* m = doc->get("manifest"); m && m->isObject()) {
        f.manifestName = text(*m, "name", f.manifestName);
        f.manifestKind = text(*m, "kind", f.manifestKind);
        f.manifestEncoding = text(*m, "encoding", f.manifestEncoding);
    }
    if (!plainName(f.manifestName))
        return invalid(f.name + ": the manifest needs a plain name");
    if (f.manifestKind != "csv" && f.manifestKind != "xlsx")
        return invalid(f.name + ": the manifest kind must be csv or xlsx");
    if (f.manifestEncoding != "utf-8-bom" && f.manifestEncoding != "gbk")
        return invalid(f.name + ": the manifest encoding must be utf-8-bom or gbk");
    if (auto* p = doc->get("print"); p && p->isObject()) {
        f.print.wanted = true;
        f.print.paper = text(*p, "paper", f.print.paper);
        f.print.widthMm = number(*p, "width_mm").value_or(f.print.widthMm);
        f.print.heightMm = number(*p, "height_mm").value_or(f.print.heightMm);
        if (f.print.paper != "a4" && f.print.paper != "6inch")
            return invalid(f.name + ": print paper must be a4 or 6inch");
        if (f.print.widthMm < 10 || f.print.heightMm < 10 || f.print.widthMm > 90 || f.print.heightMm > 90)
            return invalid(f.name + ": a printed photo is 10 to 90 mm each way");
    }
    return f;
}

Result<ExportFormat> loadExportFormat(const std::string& name) {
    if (!plainName(name))
        return makeError("export_format.unknown", "unknown export format '" + name + "'");
    const std::string path = findDataFile("export-formats/" + name + ".json");
    if (path.empty())
        return makeError("export_format.unknown", "unknown export format '" + name + "'");
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    auto f = parseExportFormat(ss.str());
    if (!f)
        return makeError(f.error().code, path + ": " + f.error().message);
    if (f->name != name)
        return invalid(path + ": the file's name is not '" + name + "'");
    return f;
}

std::vector<std::string> exportFormatNames() {
    std::vector<std::string> names;
    for (const auto& dir : dataDirs()) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(fs::path(dir) / "export-formats", ec)) {
            if (entry.path().extension() != ".json")
                continue;
            std::string n = entry.path().stem().string();
            if (std::find(names.begin(), names.end(), n) == names.end())
                names.push_back(n);
        }
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace certphoto::core
