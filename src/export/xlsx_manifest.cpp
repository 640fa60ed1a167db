#include <certphoto/export/xlsx_manifest.h>

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace certphoto::exporting {

Result<QByteArray> receiverManifestXlsx(const std::vector<ManifestRow>& rows, const QDateTime& createdAt) {
    // libxlsxwriter writes to a file: a private temporary folder (not the destination), removed after.
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return makeError("manifest.xlsx", "no temporary folder for the XLSX manifest");
    const QByteArray path = QFile::encodeName(tmp.filePath(QStringLiteral("manifest.xlsx")));
    QByteArray tmpdir = QFile::encodeName(tmp.path());
    lxw_workbook_options options{};
    options.constant_memory = 1; // rows go to disk as they are written
    options.tmpdir = tmpdir.data();
    lxw_workbook* wb = workbook_new_opt(path.constData(), &options);
    if (!wb)
        return makeError("manifest.xlsx", "cannot start the XLSX manifest");
    lxw_doc_properties props{};
    props.created = time_t(createdAt.toSecsSinceEpoch());
    QByteArray title = QStringLiteral("照片名单").toUtf8();
    props.title = title.data();
    workbook_set_properties(wb, &props);
    lxw_worksheet* ws = workbook_add_worksheet(wb, "photos");
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    const QStringList header{QStringLiteral("文件名"),       QStringLiteral("姓名"),
                             QStringLiteral("身份证号"),     QStringLiteral("考生号"),
                             QStringLiteral("学校"),         QStringLiteral("层次"),
                             QStringLiteral("审核通过时间"), QStringLiteral("SHA-256")};
    const double widths[] = {26, 12, 22, 16, 24, 8, 20, 66};
    for (int col = 0; col < 8; ++col) {
        worksheet_set_column(ws, lxw_col_t(col), lxw_col_t(col), widths[col], nullptr);
        worksheet_write_string(ws, 0, lxw_col_t(col), header[col].toUtf8().constData(), bold);
    }
    lxw_row_t row = 1;
    for (const ManifestRow& m : rows) {
        const QStringList fields{
            m.fileName, m.name, m.idNumber, m.examNumber, m.school, m.level, beijingTime(m.approvedAt),
            m.sha256};
        for (int col = 0; col < 8; ++col) // all text: ID numbers must not turn into numbers
            worksheet_write_string(ws, row, lxw_col_t(col), fields[col].toUtf8().constData(), nullptr);
        ++row;
    }
    if (workbook_close(wb) != LXW_NO_ERROR)
        return makeError("manifest.xlsx", "the XLSX manifest could not be written");
    QFile f(tmp.filePath(QStringLiteral("manifest.xlsx")));
    if (!f.open(QIODevice::ReadOnly))
        return makeError("manifest.xlsx", "the XLSX manifest could not be read back");
    return f.readAll();
}

} // namespace certphoto::exporting
