#!/usr/bin/env python3
"""Fills translations/certphoto_zh_CN.ts from the table below (run after `update_translations`).
Strings not in the table stay unfinished, so lupdate/Linguist show what is missing."""
import sys
import xml.etree.ElementTree as ET

ZH = {
    'certphoto: review certificate photos for the exam offices.': 'certphoto：为考试机构审核证件照片。',
    'Shared server as a libpq connection string (else CERTPHOTO_DATABASE, the saved setting, or the private cluster on this computer).':
        '共享服务器的 libpq 连接串（否则依次使用 CERTPHOTO_DATABASE、已保存的设置或本机私有数据库）。',
    'Interface language: zh or en.': '界面语言：zh 或 en。',
    'Login prefilled in the login dialog.': '登录对话框中预填的用户名。',
    'The photo cannot be decoded: %1': '照片无法解码：%1',
    'Log in to certphoto': '登录 certphoto',
    '<b>Certificate photo review</b>': '<b>证件照片审核</b>',
    '&Server:': '服务器(&S)：',
    'Private cluster on this computer': '本机私有数据库',
    'A PostgreSQL connection string such as "host=db.example dbname=certphoto", or empty for the private cluster on this computer.':
        'PostgreSQL 连接串，例如 "host=db.example dbname=certphoto"；留空则使用本机私有数据库。',
    '&User:': '用户(&U)：',
    '&Password:': '密码(&P)：',
    'certphoto — photo review': 'certphoto — 照片审核',
    '&Queue (by deadline)': '待审队列（按截止时间）(&Q)',
    'Applicant': '考生',
    'Name:': '姓名：',
    'ID number:': '身份证号：',
    'Phone:': '手机号：',
    'Exam number:': '考号：',
    'School:': '学校：',
    'Level:': '层次：',
    'Arrived:': '提交时间：',
    'Deadline:': '审核截止：',
    'Attempt:': '提交次数：',
    'Core verdict:': '自动检测结论：',
    'Findings': '检测结果',
    '&File': '文件(&F)',
    '&Review': '审核(&R)',
    '&View': '查看(&V)',
    '&Quit': '退出(&Q)',
    '&Next submission': '下一张(&N)',
    '&Approve': '通过(&A)',
    '&Reject…': '不通过…(&R)',
    '&Skip (give back)': '跳过（放回队列）(&S)',
    'Refresh &queue': '刷新队列(&Q)',
    'Background &mask': '背景蒙版(&M)',
    '&Head box': '头部框(&H)',
    '&Glare spots': '反光点(&G)',
    '&Landmarks': '面部特征点(&L)',
    'Go to the &queue': '转到队列(&Q)',
    'Reject: choose the reasons': '不通过：选择原因',
    'Tick every reason that applies. Type to filter, number keys tick the listed reasons, Up/Down and Space work in the list, Enter confirms.':
        '勾选所有适用的原因。输入文字可筛选，数字键勾选列出的原因，上下键和空格在列表中使用，回车确认。',
    'Type to filter the reasons…': '输入文字筛选原因…',
    '&Note (required for "other"):': '备注（选“其他”时必填）(&N)：',
    'This login is not an auditor, supervisor or admin of certphoto. Ask an admin to create your user.':
        '该账号不是 certphoto 的审核员、主管或管理员。请联系管理员为您创建用户。',
    'admin': '管理员',
    'supervisor': '主管',
    'auditor': '审核员',
    'no role': '无角色',
    'overdue by %1 h %2 min': '已超时 %1小时 %2分',
    '%1 h %2 min left': '剩余 %1小时 %2分',
    'Starting the private database on this computer…': '正在启动本机私有数据库…',
    'The private database on this computer could not start. %1': '本机私有数据库无法启动。%1',
    'Connecting…': '正在连接…',
    'private cluster': '本机私有数据库',
    'pass': '通过',
    'look': '需人工查看',
    'fail': '不合格',
    'review': '需复核',
    'Check': '检测项',
    'Status': '状态',
    'Value': '测量值',
    'Limit': '要求',
    'Reason code: %1': '原因代码：%1',
    'Log in': '登录',
    'The private cluster keeps its data on this computer. You (%1) are its admin; no password is needed.':
        '私有数据库的数据保存在本机。您（%1）是它的管理员，无需密码。',
    'Shared server: log in with the user an admin created for you.': '共享服务器：请使用管理员为您创建的用户登录。',
    'The private cluster keeps its data on this computer. %1 logs in with the password its admin (%2) set.':
        '私有数据库的数据保存在本机。%1 请使用管理员（%2）设置的密码登录。',
    'Enter your user name.': '请输入用户名。',
    'Press N or Space to claim the next submission.\nA or Ctrl+Enter approves, R rejects, S gives it back.':
        '按 N 或空格领取下一张照片。\nA 或 Ctrl+回车 通过，R 不通过，S 放回队列。',
    'Logged in. Press N or Space to start.': '已登录。按 N 或空格开始审核。',
    'Approve (A)': '通过 (A)',
    'Reject… (R)': '不通过… (R)',
    'Skip (S)': '跳过 (S)',
    'Next (N / Space)': '下一张 (N / 空格)',
    'Mask (B)': '蒙版 (B)',
    'Head box (H)': '头部框 (H)',
    'Glare (G)': '反光 (G)',
    'Landmarks (L)': '特征点 (L)',
    'Saving the decision…': '正在保存审核结果…',
    'Claiming the next submission…': '正在领取下一张…',
    'User: %1 (%2)': '用户：%1（%2）',
    'Connected: %1': '已连接：%1',
    'Disconnected: %1': '连接断开：%1',
    'Queue: …': '队列：…',
    'Queue: %1+ pending': '队列：%1+ 张待审',
    'Queue: %1 pending': '队列：%1 张待审',
    'The queue is empty. New submissions appear here as they arrive.': '队列已空。新提交的照片到达后会显示在这里。',
    'Loading…': '正在加载…',
    'Press N or Space to claim the next submission.': '按 N 或空格领取下一张照片。',
    'no report': '无检测报告',
    'report unreadable: %1': '检测报告无法读取：%1',
    'Submission #%1 — A approve, R reject, S skip.': '提交 #%1 — A 通过，R 不通过，S 跳过。',
    'Photo': '照片',
    '%1 (attempt %2)': '%1（第 %2 次提交）',
    'Deadline %1': '截止时间 %1',
    'Exam number': '考号',
    'School': '学校',
    'Arrived': '提交时间',
    'Time left': '剩余时间',
    'Core verdict': '自动检测',
    'Claimed by': '领取人',
    'Reject': '不通过',
    'Tick at least one reason.': '请至少勾选一个原因。',
    '"%1" needs a note for the applicant.': '“%1”需要填写给考生的说明。',
    'Could not claim a submission. %1': '无法领取照片。%1',
    'The queue is empty.': '队列已空。',
    'The claim on this submission could not be renewed. %1': '无法续期对这张照片的领取。%1',
    'Your claim on this submission ran out; it went back to the queue. Press N for the next one.':
        '您对这张照片的领取已过期，照片已退回队列。按 N 领取下一张。',
    'This submission is no longer yours to decide. Press N for the next one.': '您已不能审核这张照片。按 N 领取下一张。',
    'Not saved. %1': '未保存。%1',
    'Not saved. %1 Press the key again to retry.': '未保存。%1请再按一次该键重试。',
    'Saved: approved. Press N for the next submission.': '已保存：通过。按 N 审核下一张。',
    'Saved: rejected. Press N for the next submission.': '已保存：不通过。按 N 审核下一张。',
    'File format': '文件格式',
    'File size': '文件大小',
    'Image data intact': '图像数据完整',
    'Image size (px)': '图像尺寸（像素）',
    'Number of faces': '人脸数量',
    'Head size': '头部大小',
    'Head position': '头部位置',
    'Head tilt': '头部倾斜',
    'Eye height': '眼睛高度',
    'Face width': '脸宽',
    'Background colour': '背景颜色',
    'Background uniformity': '背景均匀度',
    'Glare spots': '反光点',
    'Sharpness': '清晰度',
    'Exposure': '曝光',
    'Lighting balance': '光照均衡',
    'Colour cast': '偏色',
    'Clothing vs background': '服装与背景对比',
    'Could not log in. %1': '登录失败。%1',
    # Store errors as the person reads them (src/app/store_error_text.cpp).
    'The connection to the database server was lost. The program reconnects by itself; if this lasts, check the network or ask the administrator whether the server is up.':
        '与数据库服务器的连接已断开。程序会自动重新连接；如果一直连不上，请检查网络，或询问管理员服务器是否正常运行。',
    'The PostgreSQL driver is missing on this computer. Ask the administrator to install the package libqt6sql6-psql.':
        '本机缺少 PostgreSQL 数据库驱动。请联系管理员安装软件包 libqt6sql6-psql。',
    'Your account may not do this. Ask an administrator to check your role.':
        '您的账号无权执行此操作。请联系管理员检查您的角色。',
    'This was saved already (perhaps by someone else at the same moment). Refresh the queue and check.':
        '该记录已经保存过（可能有人在同一时刻保存）。请刷新队列后核对。',
    'Someone changed the same data at the same moment. Try again.':
        '有人在同一时刻修改了相同的数据。请重试。',
    'The database refused the request. Try again; if it happens again, tell the administrator the time it happened (the details are in the log).':
        '数据库拒绝了该请求。请重试；如果再次出现，请把发生的时间告诉管理员（详细信息已记录在日志中）。',
    'The database is older than this program. Ask the administrator to run "certphoto-admin upgrade".':
        '数据库版本比本程序旧。请联系管理员运行“certphoto-admin upgrade”。',
    'The database is newer than this program. Ask the administrator for the current version of certphoto.':
        '数据库版本比本程序新。请向管理员索取最新版本的 certphoto。',
    'This installation of certphoto is incomplete (a database upgrade file is missing). Ask the administrator to reinstall it.':
        '本机安装的 certphoto 不完整（缺少数据库升级文件）。请联系管理员重新安装。',
    'The PostgreSQL server is not installed on this computer. Ask the administrator to install the package postgresql.':
        '本机没有安装 PostgreSQL 数据库服务器。请联系管理员安装软件包 postgresql。',
    'certphoto was started as the system administrator (root), and the database may not run so. Start certphoto as a normal user.':
        'certphoto 是以系统管理员（root）身份启动的，数据库不能以该身份运行。请以普通用户身份启动 certphoto。',
    "The database folder on this computer cannot be prepared. Check the free disk space and the folder's permissions.":
        '无法准备本机的数据库文件夹。请检查磁盘剩余空间和文件夹权限。',
    "The database's connection folder cannot be prepared. Check the free disk space, or ask the administrator.":
        '无法准备数据库的连接文件夹。请检查磁盘剩余空间，或联系管理员。',
    'The local database is locked by another copy of certphoto that is starting. Wait a moment and try again.':
        '本机数据库正被另一个正在启动的 certphoto 锁定。请稍候再试。',
    "The settings of the local database cannot be written. Check the free disk space and the folder's permissions.":
        '无法写入本机数据库的设置。请检查磁盘剩余空间和文件夹权限。',
    'The local database could not be created. Check the free disk space; the log has the details for the administrator.':
        '无法创建本机数据库。请检查磁盘剩余空间；详细信息已记录在日志中，可交给管理员。',
    'The local database server did not start. Try again; if it keeps failing, the log has the details for the administrator.':
        '本机数据库服务器没有启动。请重试；如果一直失败，详细信息已记录在日志中，可交给管理员。',
    'Your claim on this submission has expired and it went back to the queue. Claim it again or take the next one.':
        '您对这张照片的领取已过期，照片已退回队列。请重新领取，或领取下一张。',
    'Another auditor is working on this submission now. Take another one.':
        '另一位审核员正在审核这张照片。请领取其他照片。',
    'This submission no longer exists. Refresh the queue and take another one.':
        '这张照片已不存在。请刷新队列，领取其他照片。',
    'This submission has been decided or withdrawn already. Take the next one.':
        '这张照片已经审核过或已被撤回。请领取下一张。',
    'Another auditor has decided this submission already; your decision was not recorded. Take the next one.':
        '另一位审核员已经审核了这张照片，您的审核结果没有记录。请领取下一张。',
    'The database did not confirm the decision. Decide again.':
        '数据库没有确认这次审核结果。请重新审核。',
    'The decision was sent incomplete (a program fault). Decide again; if it repeats, tell the administrator.':
        '审核结果发送不完整（程序故障）。请重新审核；如果再次出现，请告诉管理员。',
    'The decision clashed with another one in the database (a program fault). Decide again; if it repeats, tell the administrator.':
        '审核结果与数据库中的另一条记录冲突（程序故障）。请重新审核；如果再次出现，请告诉管理员。',
    'A decision is either approve or reject. Decide again.':
        '审核结果只能是通过或不通过。请重新审核。',
    'A rejection needs at least one reason. Choose a reason and reject again.':
        '不通过至少需要一个原因。请选择原因后再次提交。',
    'The reason "other" needs a note for the applicant. Write the note and reject again.':
        '原因“其他”需要填写给考生的说明。请填写说明后再次提交。',
    'A chosen reason is no longer in the list of reasons. Log in again to load the current list.':
        '所选的某个原因已不在原因列表中。请重新登录以载入最新列表。',
    'An entry of the import was not stored. Check the file and import it again.':
        '导入中有一条记录没有保存。请检查文件后重新导入。',
    'An entry has no exam or student number. Complete it and import again.':
        '有一条记录缺少考号或学号。请补全后重新导入。',
    'An entry has no school. Complete it and import again.':
        '有一条记录缺少学校。请补全后重新导入。',
    'An entry has no photo. Add it and import again.':
        '有一条记录缺少照片。请补上后重新导入。',
    'An entry has no arrival time. Complete it and import again.':
        '有一条记录缺少提交时间。请补全后重新导入。',
    "This applicant's photo is approved already; an approved photo is final.":
        '该考生的照片已经审核通过；通过的照片不能再更改。',
    'An ID number is not valid (its check digit is wrong). Correct it and import again.':
        '有一个身份证号无效（校验位不正确）。请更正后重新导入。',
    'A user can only be an auditor, a supervisor or an admin.':
        '用户只能是审核员、主管或管理员。',
    'A login is lower-case letters, digits, "_", "." or "-", and may not start with "certphoto" or "pg_".':
        '用户名只能由小写字母、数字、“_”、“.”或“-”组成，且不能以“certphoto”或“pg_”开头。',
    'This login exists already. Choose another one.':
        '该用户名已存在。请换一个。',
    'The school needs a name.': '学校必须有名称。',
    "A school's review deadline is at least one hour.": '学校的审核时限至少为一小时。',
    'The claim length must be between 1 and 86400 seconds.': '领取时长必须在 1 到 86400 秒之间。',
    'A re-analysis batch is 1 to 10000 submissions.': '每批重新检测的照片数量为 1 到 10000 张。',
    'A new report needs the version of the checks that made it.': '新的检测报告必须注明生成它的检测程序版本。',
    'The new report was not stored, as the submission changed meanwhile. Run the re-analysis again.':
        '新的检测报告没有保存，因为照片在此期间发生了变化。请重新运行检测。',
    'The audit trail cannot be changed or deleted.': '审计记录不能修改或删除。',
    'The login name or the password is wrong. Check both (and Caps Lock) and try again.':
        '用户名或密码错误。请检查用户名和密码（注意大写锁定键）后重试。',
    'The database server cannot be reached. Check the server address and the network, then try again; if it keeps failing, ask the administrator whether the server is up.':
        '无法连接到数据库服务器。请检查服务器地址和网络后重试；如果一直失败，请询问管理员服务器是否正常运行。',
    'The database reported a problem (code %1). Try again; if it happens again, tell the administrator the code and the time.':
        '数据库报告了一个问题（错误代码 %1）。请重试；如果再次出现，请把错误代码和发生时间告诉管理员。',
}

def extra_tables():
    """Further tables beside this file (zh_<topic>.py, each with its own ZH dict), one per part of the program."""
    import glob, os, runpy
    here = os.path.dirname(os.path.abspath(__file__))
    for f in sorted(glob.glob(os.path.join(here, 'zh_*.py'))):
        ZH.update(runpy.run_path(f)['ZH'])

def main(path):
    extra_tables()
    tree = ET.parse(path)
    missing = []
    for msg in tree.getroot().iter('message'):
        src = msg.find('source').text or ''
        tr = msg.find('translation')
        if src in ZH:
            tr.text = ZH[src]
            tr.attrib.pop('type', None)
        else:
            missing.append(src)
    tree.write(path, encoding='utf-8', xml_declaration=True)
    for m in missing:
        print('untranslated:', m, file=sys.stderr)

if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'translations/certphoto_zh_CN.ts')
