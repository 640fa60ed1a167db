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
    'The private database could not start: %1': '本机私有数据库无法启动：%1',
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
    'Could not claim a submission: %1': '无法领取照片：%1',
    'The queue is empty.': '队列已空。',
    'Cannot reach the database to keep the claim: %1': '无法连接数据库以保持领取：%1',
    'Your claim on this submission ran out; it went back to the queue. Press N for the next one.':
        '您对这张照片的领取已过期，照片已退回队列。按 N 领取下一张。',
    'This submission is no longer yours to decide. Press N for the next one.': '您已不能审核这张照片。按 N 领取下一张。',
    'Not saved: %1': '未保存：%1',
    'Not saved: %1 — press the key again to retry.': '未保存：%1 — 请再按一次该键重试。',
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
    'Could not log in: %1': '登录失败：%1',
}

def main(path):
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
