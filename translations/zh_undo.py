# Chinese for the store errors of undo and the live queue (issue 10, store half). fill_zh.py loads this table.
ZH = {
    # src/app/store_error_text.cpp
    'Too late to undo: the grace period is over and the SMS to the applicant may be on its way. The decision stands.':
        '已无法撤销：撤销时限已过，给考生的短信可能已在发送途中。该审核决定保持有效。',
    'Too late to undo: the SMS to the applicant has been sent. The decision stands.':
        '已无法撤销：给考生的短信已发出。该审核决定保持有效。',
    'Only the auditor who made a decision can undo it.': '只有作出该审核决定的审核员才能撤销。',
    'There is no such decision to undo.': '没有可撤销的这项审核决定。',
    'Cannot undo: the applicant has sent a newer photo since.': '无法撤销：考生此后已提交了新照片。',
    'Cannot undo: the approved photo is in an export batch already.': '无法撤销：这张已通过的照片已在导出批次中。',
    'This decision was undone. Decide the submission again.': '该审核决定已撤销，请重新审核这份提交。',
    'The queue was asked for an impossible page.': '审核队列收到了无效的分页请求。',
    'The queue filter is not valid. Clear it and choose again.': '队列筛选条件无效，请清除后重新选择。',
}
