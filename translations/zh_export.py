# Chinese for the export batches (issue 9): the admin's export dialog, its table, the menu entry, and the
# store's export error sentences. Loaded by fill_zh.py.
ZH = {
    # forms/exportdialog.ui
    'Export batch': '导出批次',
    '&Receiver:': '接收单位(&R)：',
    '&Level:': '层次(&L)：',
    'every level': '全部层次',
    'Approved:': '审核通过：',
    '&from': '从(&F)',
    '&to': '到(&T)',
    '&Folder:': '文件夹(&F)：',
    '&Browse…': '浏览(&B)…',
    '&Preview': '预览(&P)',
    '&Create batch': '生成批次(&C)',
    'Cancel e&xport': '取消导出(&X)',
    'Close': '关闭',
    # src/app/export_dialog.cpp
    'The export failed: %1 (%2)': '导出失败：%1（%2）',
    'Folder for the batch': '批次保存的文件夹',
    'Choose the receiver first.': '请先选择接收单位。',
    'Looking for approved photos…': '正在查找已审核通过的照片…',
    'Photos: %1, %2 in all, format %3 (%4)': '照片：%1 张，共 %2，格式 %3（%4）',
    'problems: %1 — correct them before exporting': '问题：%1 个 — 请先更正再导出',
    'Nothing left to export for this selection.': '该条件下没有待导出的照片。',
    'The first 200 rows are shown.': '仅显示前 200 行。',
    'The folder cannot be created: choose another one.': '无法创建该文件夹，请另选一个。',
    'Writing the batch…': '正在写入批次…',
    'Cancelled: nothing was written and nothing marked.': '已取消：未写入任何文件，也未标记任何照片。',
    'No batch: every photo was refused (%1).': '未生成批次：所有照片均被拒绝（%1 张）。',
    'Batch %1 sealed — photos: %2, refused: %3, file: %4\nSHA-256: %5':
        '批次 %1 已封存 — 照片：%2 张，拒绝：%3 张，文件：%4\nSHA-256：%5',
    'Cancelling…': '正在取消…',
    # src/app/export_rows_model.cpp
    'number missing for the file name': '缺少用于文件名的号码',
    'number cannot be a file name': '号码不能用作文件名',
    'same file name as another photo': '与另一张照片文件名相同',
    'File': '文件名',
    'Name': '姓名',
    'ID number': '身份证号',
    'Exam number': '考号',
    'School': '学校',
    'Level': '层次',
    'Approved': '审核通过时间',
    'Size': '大小',
    'Problem': '问题',
    # src/app/main_window.cpp
    '&Export batch…': '导出批次(&E)…',
    # src/app/store_error_text.cpp (export batches)
    'No receiver or school has this name. Pick one from the list.': '没有这个名称的接收单位或学校，请从列表中选择。',
    'The export format names its files by something other than the ID number or the exam number. Fix the format file.':
        '导出格式的文件命名规则既不是身份证号也不是考生号，请修改格式文件。',
    'The export format\'s name is not valid. Use lower-case letters, digits, "-" or "_".':
        '导出格式的名称无效，只能使用小写字母、数字、“-”或“_”。',
    'Choose the folder the batch is written to.': '请选择保存批次的文件夹。',
    'Say why: voiding a batch or sending photos again needs a reason.': '请说明原因：作废批次或重新发送照片都需要理由。',
    'Two or more photos would get the same file name (the same number twice). Correct the applicants\' numbers, then export again; nothing was written.':
        '有两张或以上照片的文件名相同（号码重复）。请更正考生的号码后重新导出；未写入任何文件。',
    'Some applicants lack the number their receiver names files by. Add it, then export again; nothing was written.':
        '部分考生缺少接收单位用于命名文件的号码。请补充后重新导出；未写入任何文件。',
    'A batch is read 1 to 10000 items at a time.': '每次读取批次的 1 至 10000 项。',
    'There is no such batch.': '没有这个批次。',
    'This batch is no longer being built by this window.': '此批次已不再由本窗口生成。',
    'The archive\'s checksum was not valid; the batch was not sealed.': '压缩包的校验值无效，批次未封存。',
    'Every refused photo needs its reason; the batch was not sealed.': '每张被拒绝的照片都需要原因，批次未封存。',
    'Another session is building this batch right now.': '另一个会话正在生成此批次。',
    'Only a sealed or transmitted batch can be voided.': '只有已封存或已传送的批次可以作废。',
    'Only a sealed batch can be marked transmitted, and only a sealed or transmitted one rebuilt.':
        '只有已封存的批次可以标记为已传送，只有已封存或已传送的批次可以重建。',
    'The receiver needs a name.': '接收单位需要名称。',
    'There is no school with this name.': '没有这个名称的学校。',
}
