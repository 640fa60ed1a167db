-- certphoto schema 2: the reason codes (data, not code). The compliance core reports the same strings.
-- sms_text is the short plain-Chinese wording that goes into the applicant's SMS.
SET LOCAL ROLE certphoto_owner;
SET LOCAL search_path = certphoto, pg_temp;

INSERT INTO reason_codes (code, label_zh, label_en, sms_text, detectable, needs_note, sort_order) VALUES
('background.color',      '背景颜色不符合要求',         'Background colour not allowed',            '背景颜色不符',   true,  false, 10),
('background.uniformity', '背景不均匀或有阴影、杂物',   'Background not uniform or shadowed',       '背景不纯净',     true,  false, 20),
('head.size',             '头部大小不符合要求',         'Head size out of range',                   '头部大小不当',   true,  false, 30),
('head.position',         '头部位置不居中或过高过低',   'Head not centred or too high/low',         '头部位置不正',   true,  false, 40),
('head.pose',             '头部歪斜或未正视镜头',       'Head tilted or turned',                    '头部歪斜',       true,  false, 50),
('eyes',                  '眼睛未睁开或不在同一水平',   'Eyes closed or not level',                 '眼睛未睁开',     true,  false, 60),
('glasses.glare',         '眼镜反光',                   'Reflection on glasses',                    '眼镜反光',       true,  false, 70),
('glasses.tinted',        '佩戴有色眼镜或美瞳',         'Tinted glasses or coloured contacts',      '戴有色眼镜',     false, false, 80),
('hair.covering',         '头发遮挡眉毛或眼睛',         'Hair over eyebrows or eyes',               '头发遮挡眉眼',   false, false, 90),
('ears.hidden',           '未露出双耳',                 'Ears hidden',                              '未露双耳',       false, false, 100),
('head.covering',         '佩戴帽子或头饰',             'Head covering',                            '戴帽子或头饰',   false, false, 110),
('jewellery',             '佩戴耳环、项链等首饰',       'Earrings, necklace or other jewellery',    '戴首饰',         false, false, 120),
('mouth.teeth',           '张嘴或露出牙齿',             'Mouth open or teeth showing',              '露齿',           false, false, 130),
('makeup',                '浓妆或经过美颜处理',         'Heavy make-up or beautified',              '浓妆或美颜',     false, false, 140),
('clothing',              '服装与背景相近或不符合要求', 'Clothing like the background or not allowed', '服装不合要求', false, false, 150),
('framing.shoulders',     '双肩不完整或不水平',         'Shoulders incomplete or uneven',           '双肩不完整',     true,  false, 160),
('image.blur',            '照片模糊',                   'Blurry',                                   '照片模糊',       true,  false, 170),
('image.exposure',        '曝光不当或面部有阴影',       'Exposure, lighting or face shadow',        '曝光不当',       true,  false, 180),
('image.color',           '照片偏色',                   'Colour cast',                              '照片偏色',       true,  false, 190),
('photo.not_standard',    '非标准证件照（生活照、自拍）', 'Not a standard ID photo (life photo, selfie)', '非标准证件照', false, false, 200),
('photo.reprint',         '翻拍或扫描的照片',           'Re-photographed print',                    '翻拍照片',       false, false, 210),
('file.format',           '文件格式或大小不符合要求',   'Wrong file format or size',                '格式不符',       true,  false, 220),
('file.resolution',       '分辨率不符合要求',           'Wrong resolution',                         '分辨率不符',     true,  false, 230),
('face.count',            '未检测到人脸或有多张人脸',   'No face or several faces',                 '人脸不符',       true,  false, 240),
('identity.mismatch',     '照片与本人不符',             'Photo does not match the applicant',       '非本人照片',     false, false, 250),
('other',                 '其他（需填写说明）',         'Other (note required)',                    '其他',           false, true,  260);
