# Chinese for the server's limits against abuse (issue 12): the store's new error sentences.
ZH = {
    'You hold as many submissions as one person may at a time. Decide or give back one of them (N), then take the next.':
        '您同时领取的待审照片已达上限。请先审核或放回其中一张（N），再领取下一张。',
    'You have held this submission for the longest time one claim may last, so it went back to the queue. Press N for the next one.':
        '这张照片的领取时间已达上限，已放回队列。按 N 领取下一张。',
    'Only submissions near the front of the queue can be picked. Take the next one with N, or pick one higher up the list.':
        '只能挑选队列前部的照片。请按 N 领取下一张，或在列表中选择更靠前的一张。',
    'An approval carries no reasons. Approve without reasons, or reject with them.':
        '通过审核时不能附带原因。请不带原因通过，或带原因驳回。',
    'The note holds control, direction or invisible characters (often from pasted text). Type the note again and reject again.':
        '说明中含有控制字符、文字方向字符或不可见字符（常见于粘贴的文字）。请重新输入说明后再驳回。',
    "The note is too long for the applicant's SMS. Shorten it and reject again.":
        '说明太长，无法放入给考生的短信。请缩短后再驳回。',
    'The note holds a web address, and an SMS to the applicant may not carry one. Remove it and reject again.':
        '说明中含有网址，给考生的短信不能包含网址。请删除后再驳回。',
    'The SMS to the applicant would be too long. Shorten the note or choose fewer reasons, and reject again.':
        '给考生的短信会太长。请缩短说明或减少原因后再驳回。',
    'The database waited too long (someone else is holding the same data). Try again in a moment.':
        '数据库等待时间过长（有人正占用同一数据）。请稍后重试。',
    "The database's schema is not the one this program ships (it was changed by hand or by another build). Ask the administrator.":
        '数据库结构与本程序所带的不一致（被手工修改或由其他版本修改）。请联系管理员。',
    'The password was not sent in the protected form the server demands (a program fault). Update the program.':
        '密码未以服务器要求的加密形式发送（程序错误）。请更新本程序。',
    'There is no such limit. The limits that can be set are listed in the security notes of certphoto.':
        '没有这个限制项。可设置的限制项列在 certphoto 的安全说明中。',
    'The value is outside what this setting allows (the claim length, for example, is 1 to 86400 seconds).':
        '该值超出此设置允许的范围（例如领取时长为 1 到 86400 秒）。',
}
