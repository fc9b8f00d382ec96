# ruff: noqa: E501 - corpus rows are data, one message per line
"""Collection texts quoted in public sources, kept in their original language.

Each row: (lang, label, categories, text, source, origin). `origin` is
"quoted_real" for a message a news report, regulator or court quotes as actually sent (SMS,
WhatsApp, or a call where noted), and "published_example" for a template or example printed by a
bank, SMS vendor, law firm or explainer site (real text, but not proof that anyone sent it).
Personal names and phone numbers of private persons are replaced with [name]/[phone]; nothing
else is changed. Texts were copied from stored copies of the pages, found with the project's
search tool, and have not been re-checked against the live pages.
"""

V = "violation"
C = "compliant"
Q = "quoted_real"
P = "published_example"

real = [
    # zh
    (
        "zh",
        V,
        ["threat_home_or_workplace_visit"],
        "外访人员已上门，请保持有人在家。",
        "信号新闻 report on 严悦 case (2025), WeChat message from collector, as republished at https://news.loveown.net/article/617669.html",
        Q,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact"],
        "家人知道吗？爸妈知道吗？一小时不处理，家里人得替你扛。",
        "信号新闻 report on 严悦 case (2025), same message thread, https://news.loveown.net/article/617669.html",
        Q,
    ),
    (
        "zh",
        V,
        ["threat_home_or_workplace_visit"],
        "今天下午三点，工作人员将上门核实你的经济情况，请做好准备。",
        "typical collection SMS quoted in https://news.43jfw.com/n/27840.html (2026)",
        P,
    ),
    (
        "zh",
        V,
        ["false_legal_action"],
        "诉讼材料已提交法院，72小时后你将收到传票，成为失信被执行人。",
        "typical collection SMS quoted in https://news.43jfw.com/n/27840.html (2026)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的客户，你尾号XXXX的信用卡于XX月消费尚未还款，请你尽快还款，以免影响你的信用，还款详情请咨询XX银行客服，谢谢合作。",
        "bank collection SMS example, https://kwcd.bhwang.cn/rd/WKUhvqPipb.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的XX先生/女士，您的信用卡欠款金额为XXX元，请您于X月X日前还款，逾期将产生滞纳金。",
        "credit-card reminder example, https://www.insuranceofusa.com (品诚国际短信, 信用卡催还款短信内容)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的XX先生/女士，您的信用卡还款截止日期为X月X日，请及时还款。",
        "credit-card reminder example, https://www.insuranceofusa.com (品诚国际短信)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的XX先生/女士，您好！感谢您使用本行信用卡，请您在规定时间内还款，祝您生活愉快！",
        "credit-card reminder example, https://www.insuranceofusa.com (品诚国际短信)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "提醒：信用卡还款需在还款期限内完成，逾期还款会产生滞纳金，请及时还款，以免造成不必要的损失。",
        "credit-card reminder example, https://www.insuranceofusa.com (品诚国际短信)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的某某先生/女士，你在我平台的贷款已经逾期。",
        "overdue-notice example, https://m.bntxw.com/a/16437.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "根据合同规定，逾期将产生滞纳金，并影响你的征信记录。",
        "overdue-notice example, https://m.bntxw.com/a/16437.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "根据贷款合同，您的贷款已经逾期，请尽快还款。",
        "ICBC-style overdue SMS outline, https://anju.szhome.com/info/jiaotong/5557357.html",
        P,
    ),
    # en
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "public_shaming"],
        "I am greeting from XYZ company. If his payments does not arrive in 30 minutes, you have to pay the amount. Otherwise I will make bad videos with your photo too",
        "Times of India, Hyderabad, 'Loan app sharks haunt clients' (2022), WhatsApp to a borrower's colleague, https://timesofindia.indiatimes.com/city/hyderabad/loan-app-sharks-haunt-clients-bite-even-after-debts-cleared/articleshow/90886559.cms",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "threat_arrest_or_criminal"],
        "Hello sir/ma, this is to inform you that [name] with phone no ([phone]) has an unresolved financial issue with our company. This person mentioned used your profile as an emergency contacts with our company. We are urging you to reach out to this person immediately to make her payment within the next 24 hours. We will be reporting this case to the Nig Police Force (NPF) and the Legal Tax Force governing loan recovery in NIG, if this person failed to pay her loan back in the next 24 hours, she will face the consequence of her nonchalant attitude… Thanks, 9credit Legal Team",
        "Dr Oludayo Tade statement quoted by Parrot Nigeria / Leadership (2021), https://parrotnigeria.com/criminologist-alerts-nigerians-of-loan-recovery-fraud",
        Q,
    ),
    (
        "en",
        V,
        ["public_shaming", "insult_or_obscene"],
        "Breaking News: [name], a wanted debtor and thief",
        "The PUNCH, 'Loan app labels man thief over N10,000 debt' (2025), caption sent to contacts, https://punchng.com/loan-app-labels-man-thief-over-n10000-debt",
        Q,
    ),
    (
        "en",
        V,
        ["threat_violence", "insult_or_obscene"],
        "So up till now you have still not paid the NairaCup app, right? It shall never be well with you and your generation. This money that you own will bring deaths and destruction to your family, as you are holding that money and refused to pay, so shall your career be going backwards in life…",
        "The PUNCH (2025), WhatsApp to borrower, https://punchng.com/loan-app-labels-man-thief-over-n10000-debt ('(sic)' markers removed)",
        Q,
    ),
    (
        "en",
        V,
        ["public_shaming"],
        "You only have until noon to refund before this goes viral.",
        "FIJ report on Deloan/1Clickloan, republished at https://bibleinverse.org/hes-a-ritualist-loan-company-sends-defamatory-messages-to-defaulters-contacts/ (first sentence of the quoted message)",
        Q,
    ),
    (
        "en",
        V,
        ["false_urgency_or_misleading"],
        "ALERT ALERT ALERT .. YOUR PAYMENT WAS DECLINED DUE TO AN INSUFFICIENT ACH TRANSACTION…CALL 866.597.3075",
        "FTC 'Messaging for Money' sweep (2015), FTC business blog as reprinted at https://imperialvalleynews.com/index.php/news/national-news/3418-3-dos-3-don-ts-and-1-don-t-even-think-about-it.html",
        Q,
    ),
    (
        "en",
        V,
        ["false_urgency_or_misleading"],
        "YOUR PAYMENT DECLINED WITH CARD ****-****-****-5463 . . . CALL 866.256.2117 IMMEDIATELY.",
        "FTC complaint texts quoted by NBC News (2015), http://fb.me/3QnilVIRj",
        Q,
    ),
    (
        "en",
        V,
        ["false_urgency_or_misleading"],
        "YOUR PAYMENT FOR $[AMOUNT] IS SCHEDULED FOR [DATE]. CALL 866.257.2117 WITH ANY QUESTIONS OR CONCERNS.",
        "FTC complaint texts quoted by NBC News (2015), http://fb.me/3QnilVIRj (FTC: no payment was scheduled)",
        Q,
    ),
    (
        "en",
        V,
        ["false_urgency_or_misleading"],
        "YOUR PAYMENT OF $[AMOUNT] IS SCHEDULED FOR [DATE]. CALL 866.257.2117 IF YOU WANT TO MAKE YOUR PAYMENT EARLY.",
        "FTC complaint texts quoted by NBC News (2015), http://fb.me/3QnilVIRj (FTC: no payment was scheduled)",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Man of God, we shall call you every minute until you tell that congregant to pay up",
        "Tuko.co.ke citing Citizen TV (Kenya), collector's phone call to a pastor, https://www.tuko.co.ke/419281-debt-shaming-the-growing-menace-kenyas-digital-lenders.html",
        Q,
    ),
    (
        "en",
        C,
        [],
        "Silence means you don't want to pay your loan which is already due",
        "Thomson Reuters Foundation (2022), iPesa SMS, https://www.thestar.com.my/tech/tech-news/2022/01/20/silicon-savannah-kenya-targets-loan-apps-abusing-customer-data (harsh, but names no prohibited category)",
        Q,
    ),
    (
        "en",
        C,
        [],
        "You need to pay 15,000 rupees now",
        "The Dial, 'The Dark World of Deepfaked Debt' (2023), https://thedial.world/issue-5/india-loan-app-blackmail-deepfake-images (first demand; names no prohibited category)",
        Q,
    ),
    (
        "en",
        V,
        ["threat_arrest_or_criminal"],
        "you will be arrested",
        "typical OLA threat listed at https://www.respicio.ph/commentaries/how-to-respond-to-harassment-and-threats-from-online-lending-apps",
        P,
    ),
    (
        "en",
        V,
        ["threat_arrest_or_criminal", "threat_home_or_workplace_visit"],
        "police will come to your house",
        "typical OLA threat listed at https://www.respicio.ph/commentaries/how-to-respond-to-harassment-and-threats-from-online-lending-apps",
        P,
    ),
    (
        "en",
        V,
        ["threat_arrest_or_criminal"],
        "we will file a criminal case tomorrow",
        "typical OLA threat listed at https://www.respicio.ph/commentaries/how-to-respond-to-harassment-and-threats-from-online-lending-apps",
        P,
    ),
    (
        "en",
        V,
        ["threat_arrest_or_criminal"],
        "you will go to jail today",
        "typical OLA threat listed at https://www.respicio.ph/commentaries/how-to-respond-to-harassment-and-threats-from-online-lending-apps",
        P,
    ),
    (
        "en",
        V,
        ["threat_violence"],
        "Pay up or we'll kill you",
        "example menacing SMS, https://www.respicio.ph/commentaries/what-to-do-if-online-lending-apps-issue-death-threats-legal-remedies-in-the-philippines",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hi [NAME], a quick reminder that the scheduled payment for [AMOUNT] will be taken from your account by [DATE]. To make changes to your payments, please visit [LINK].",
        "Esendex SMS payment reminder templates, https://esendex.co.uk/blog/post/sms-payment-reminder-templates",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hey [NAME]! We're here to gently remind you that [AMOUNT] will be due in [DAYS]. For more information, call us at [PHONE NUMBER] or visit our website: [LINK]",
        "Esendex templates, https://esendex.co.uk/blog/post/sms-payment-reminder-templates",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hi, [NAME]. [AMOUNT] is outstanding on your account. Avoid additional fees if you pay by [DATE]. For more info, log into your account or give us a call.",
        "Esendex templates, https://esendex.co.uk/blog/post/sms-payment-reminder-templates",
        P,
    ),
    (
        "en",
        C,
        [],
        "Your payment for [ORDER/POLICY NUMBER] was unsuccessful. Please log into your account to update your payment information or reach out to our team for help.",
        "Esendex templates, https://esendexpro.com/blog/sms-payment-reminder-templates-that-work",
        P,
    ),
    (
        "en",
        C,
        [],
        "This is a friendly reminder that your next upcoming payment is [due date]. Clicking [link] will take you to our online payment portal.",
        "Text Request templates, https://textrequest.com/templates/payment-reminders",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hi [First Name], just checking in after your last service: [link] Finish making your payment by clicking that link.",
        "Text Request templates, https://textrequest.com/templates/payment-reminders",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hello [Customer Name], this is a friendly reminder that your payment for [service/product] is now overdue. Please make the payment at your earliest convenience. Thank you!",
        "12 polite payment reminder SMS templates, https://mailwot.com/p540.html",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hi [Customer Name], just a gentle reminder about your overdue payment for [service/product]. We appreciate your prompt attention to this matter. Regards.",
        "https://mailwot.com/p540.html",
        P,
    ),
    (
        "en",
        C,
        [],
        "[Customer Name], your payment for [service/product] is due soon. Please ensure timely payment to avoid any late fees. Thank you for your cooperation!",
        "https://mailwot.com/p540.html",
        P,
    ),
    (
        "en",
        C,
        [],
        "Dear [Customer Name], your payment for [service/product] is now past due. Kindly make the payment as soon as possible. We value your business and look forward to resolving this together.",
        "https://mailwot.com/p540.html",
        P,
    ),
    (
        "en",
        C,
        [],
        "[Customer Name], your payment is now overdue, and late fees may apply. Please settle your account for [service/product] promptly to avoid additional charges. Thank you for your attention to this matter.",
        "https://mailwot.com/p540.html",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hello [Customer Name], we notice your payment for [service/product] is overdue. If you're facing any difficulties, please reach out to us. We're here to help. Regards.",
        "https://mailwot.com/p540.html",
        P,
    ),
    (
        "en",
        C,
        [],
        "[Customer Name], this is an urgent reminder about your overdue payment for [service/product]. Please prioritize this to avoid further complications. Thank you.",
        "https://mailwot.com/p540.html",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hi [Customer Name], a friendly reminder that your payment of [amount] for [service/product] is overdue. You can make the payment via [payment methods]. Thanks!",
        "https://mailwot.com/p540.html",
        P,
    ),
    (
        "en",
        C,
        [],
        "Mr John, this is a payment reminder from Bank of America. Your installment of 7 lac is due on 15th of June. Please contact us at +1 245 5654 454 if you have issues.",
        "SMSCountry financial SMS templates (sample text), https://smscountry.com/blog/sms-templates-for-financial-services/",
        P,
    ),
    (
        "en",
        C,
        [],
        "Alex, your payment is overdue. A late fee will appear on your next bill. To pay now, click http: pay here. Please contact us at +1 343 2343 293 if you have issues.",
        "SMSCountry financial SMS templates (sample text), https://smscountry.com/blog/sms-templates-for-financial-services/",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hi {first_name}, reminder: your payment of ${loan_amount} is due on {due_date}. Account: {account_number}. Pay via EcoCash to avoid late fees. {company_name}",
        "loan-company reminder template, https://sms.localhost.co.zw/tutorials/loan-company-payment-reminders/",
        P,
    ),
    (
        "en",
        C,
        [],
        "Dear customers, hello! According to our records, your loan is overdue. Please pay back as soon as possible to avoid unnecessary expenses.",
        "English rendering of a Chinese bank overdue SMS, http://4idols.com/PublicInterestSMS/grpmziyapw.html (translation, not an original)",
        P,
    ),
    # id
    (
        "id",
        V,
        ["threat_violence", "false_urgency_or_misleading"],
        "Lu ini el diam mau kabur bawa utang lo? Ini kan kontak semua HP kamu di situ ada url atau link contoh: https://conak.google.com. Jangan anggap ini main-main. Selesaikan sebelum masalah makin besar. Gue udah retas isi HP lu!",
        "Poskota (16 May 2025), message circulating among borrowers, https://www.poskota.co.id/2025/05/16/waspada-modus-baru-pinjol-debt-collector-pakai-link-google-kontak-palsu-untuk-mengancam",
        Q,
    ),
    (
        "id",
        V,
        ["threat_arrest_or_criminal", "false_legal_action", "third_party_disclosure_or_contact"],
        "Selamat siang Bapak/Ibu, kami dari tim penagihan pinjol Maju Berkarya. Kami ingin mengingatkan bahwa Anda memiliki tunggakan sebesar Rp 20.000.000,- yang harus dibayar hari ini. Jika tidak, kami akan laporkan Anda ke pihak berwajib dan blacklist nama Anda di BI Checking. Kami juga akan hubungi keluarga dan teman-teman Anda untuk membantu Anda bayar hutang Anda. Mohon segera lakukan pembayaran agar tidak ada masalah lebih lanjut.",
        "OCBC Indonesia, 'Contoh SMS penagihan pinjol bernada ancaman' (2024), https://www.ocbc.id/id/article/2024/08/01/contoh-sms-penagihan-pinjol-bernada-ancaman-dan-cara-mengatasinya",
        P,
    ),
    (
        "id",
        V,
        ["threat_home_or_workplace_visit", "public_shaming", "third_party_disclosure_or_contact"],
        "Hari ini jatuh tempo pembayaran utang Anda. Jika tidak segera bayar, kami akan langsung lakukan penagihan ke rumah dan kantor Anda. Kami juga akan sebar foto dan data Anda ke kontak telepon dan sosial media. Jangan salahkan kami jika Anda malu dan dihina.",
        "OCBC Indonesia (2024), https://www.ocbc.id/id/article/2024/08/01/contoh-sms-penagihan-pinjol-bernada-ancaman-dan-cara-mengatasinya",
        P,
    ),
    (
        "id",
        V,
        ["third_party_disclosure_or_contact"],
        "Apakah ini dengan bapak Hendra?, Kami dari pihak aplikasi Ak***ya ingin menberitahukan kepada anda untuk segerah menyampaikan ke teman anda yang bernama Na*** karena dia belum membayar cicilan pinjamannya di pihak aplikasi kami berjumlah Rp 1000.000",
        "Kompasiana, 'Teror pinjaman online yang meresahkan' (2023), collector's phone call to a contact, https://kompasiana.com/hendrawattimena/63ecc78508a8b523f24dc403/teror-pinjaman-online-yang-meresahkan",
        Q,
    ),
    (
        "id",
        C,
        [],
        "Halo, ini dari perusahaan pinjaman online. Kami mengingatkan Anda untuk segera membayar cicilan pinjaman Anda yang sudah jatuh tempo. Jika tidak segera dibayar, akan ada sanksi yang dikenakan. Terima kasih.",
        "example collection SMS, https://infociapus.com/contoh-sms-penagihan-pinjaman-online",
        P,
    ),
    # hi
    (
        "hi",
        V,
        ["third_party_disclosure_or_contact", "threat_violence"],
        "अगर आज अपने पैसों का भुगतान नहीं किया तो मैं आपके दोस्तों और रिश्तेदारों को कॉल करने जा रहा हूं. इसके बाद, आपको अफ़सोस होगा कि आपने कभी लोन लेने का फ़ैसला किया था.",
        "recovery agent's phone call quoted in 'फटाफट लोन देने वाले एप्स से सावधान', https://www.fourthindia.in (Hindi; call, not SMS)",
        Q,
    ),
    # Second collection (same conventions), added after the first measurement; their split is
    # decided by the same salted hash.
    # zh (second collection)
    (
        "zh",
        V,
        ["threat_violence"],
        "小李，你的欠款已经逾期，再不还钱，就让你和家人一起躺进棺材！",
        "'催收棺材短信' case quoted in an explainer on coffin-themed collection SMS, https://www.coopersfurniturerepair.com/html/yingxiaoduanxin/cuishouguancaiduanxin_jiemixinxingcuishoushouduan_baohuzijimianshouqinhai_25264.html (case write-up, not verified as sent)",
        P,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "threat_home_or_workplace_visit"],
        "你是XXX的朋友嗎 ?他在我們這裏借了錢,需要你聯繫上他,不然我們會登門拜訪。",
        "personal account of collection calls to a borrower's classmates, https://nanmuxuan.com/zh-my/complex/wvsxhgpmnl.html (phone call, not a text; Traditional script as published)",
        Q,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact"],
        "您好,請問是Xxx的朋友嗎?是這樣的,您的朋友借了我們一筆錢,不多,但是我們聯繫不上他,您能幫我們一下嗎",
        "same personal account, first calls from a female agent, https://nanmuxuan.com/zh-my/complex/wvsxhgpmnl.html (phone call, not a text)",
        Q,
    ),
    # en (second collection)
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "We are sending this to all people in your phonebook contacts including your boss if you don’t clear now",
        "People Daily (Kenya), 'CBK, data boss on the spot over rogue digital lenders' (23 Feb 2023), message from Whitepath to a borrower, https://www.pd.co.ke/business/cbk-data-boss-on-the-spot-over-rogue-digital-lenders-170525/",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "DEAR GUARANTOR inform [name] of [phone] to clear his loan Kshs 30,XXX.2 (COMPANY NAME). The said person has become extremely non-cooperative. This might affect your credit score incase if they don’t pay, kindly tell your friend to be a responsible borrower.",
        "Vellum (Kenya), 'My journey lodging a data protection complaint with the ODPC', SMS received by a former colleague listed as guarantor, https://vellum.co.ke/my-journey-lodging-a-data-protection-complaint-with-the-odpc",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Your contact **** has an unpaid loan of Sh1,720 due for seven days… Please urge them to pay NOW.",
        "TechTrends Kenya (25 Aug 2025), text sent to contacts of Chapeo Capital (ZKPesa) borrowers, https://techtrendske.co.ke/2025/08/25/rogue-digital-lenders-kenya-odpc-cbk-action",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "public_shaming"],
        "Take it serious. Your 50 contacts and emergency contacts will start receiving 20 calls and 15 messages (at) exactly 6pm. Pay now to avoid embarrassment!!!",
        "Thomson Reuters Foundation via The Standard (Kenya), 'Silicon Savannah targets loan apps abusing user data' (2022), SMS from iPesa, https://standardmedia.co.ke/counties/article/2001434948/silicon-savannah-targets-loan-apps-abusing-user-data",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "insult_or_obscene", "false_urgency_or_misleading"],
        "FINAL WARNING!!!Good day,be informed that [name] with phone number [phone] is a defaulter who took loan and has vehemently refused to pay.hence his action has proven to be suspecious.kindly reach his and compel his to pay up his loan as the company is taking unfriendly & drfastic measures including reporting his debt to CREDIT BUREAU as this is an ALLEDGEDLY FRAUDULENT ACT. NOTE: You are getiing this because he gave us your number as EMERGENCY CONTACT,Thank u as u pass the information.",
        "Naija.fm, 'Loan Credit: A New Fraud in Town?', sample of the text sent to emergency contacts, https://www.naija.fm/naija-specials/loan-credit-a-new-fraud-in-town/",
        P,
    ),
    # id (second collection)
    (
        "id",
        V,
        ["third_party_disclosure_or_contact"],
        "Selamat SIANG pa/bu. Mohon disampaikan kepada Yth [name] Hp [phone] Untuk segera lakukan pembayaran Hutangnya di Aplikasi IndoSaku, karena ini telah jatuh tempo, mohon disampaikan agar bisa dibayarkan SIANG ini. Sekali mohon kerjasamanya agar bisa disampaikan dan suruh Ybs untk lakukan pembayaran karena Nomor anda dicantumkan sebagai Kontak Darurat di Datanya.  Terimkasih",
        "Kompasiana, 'Pinjol IndoSaku menunjukkan cara-cara kurang profesional saat menghubungi kontak darurat nasabah' (Mar 2022), WhatsApp to an emergency contact, https://kompasiana.com/berlianamarthasihotang5096/622091a73179495c09219484/",
        Q,
    ),
    (
        "id",
        V,
        ["third_party_disclosure_or_contact"],
        "Pak/bu saya dari aplikasi Kre*** Pi****, mohon maaf mengganggu waktunya sebentar. Saya mau infokan bahwa nomor anda ini di cantumkan sebagai kontak nomor darurat dari nasabah kami : ATAS NAMA [name]. Jadi kami mohon kerjasamanya untuk menginfokan beliau untuk membayarkan tagihan yg sudah melewati masa jatuh tempo ini sebelum jam 10:00 WIB.",
        "Kompasiana, 'Jadi kontak darurat nasabah pinjol tanpa persetujuan, harus bagaimana?' (2023), WhatsApp to an emergency contact, https://kompasiana.com/amp/budi_susilo/64fbb546e2c0f9199b642422/",
        Q,
    ),
    (
        "id",
        V,
        ["third_party_disclosure_or_contact"],
        "Agar nantinya anda juga tidak ikut terganggu akibat tagihan dari beliau.",
        "same Kompasiana article (2023), last chat message to the emergency contact, https://kompasiana.com/amp/budi_susilo/64fbb546e2c0f9199b642422/",
        Q,
    ),
    (
        "id",
        C,
        [],
        "Peminjam (nama), tagihan Anda sebanyak Rp5 juta sudah jatuh tempo pada 20 Juli 2023. Jika tidak dibayar, Anda kena denda Rp500 ribu.",
        "Serayunews, 'Contoh SMS penagihan pinjol' ('Umum'), citing picgarut.id, https://serayunews.com/contoh-sms-penagihan-pinjol-lengkap-dengan-tip-menghadapi",
        P,
    ),
    (
        "id",
        V,
        ["third_party_disclosure_or_contact", "public_shaming"],
        "Peminjam (nama), tagihan Anda sebanyak Rp5 juta mengalami jatuh tempo tiga hari. Apabila tidak lekas dibayar, data pribadi Anda kami sebar.",
        "Serayunews, 'Contoh SMS penagihan pinjol' ('Ancaman'), citing picgarut.id, https://serayunews.com/contoh-sms-penagihan-pinjol-lengkap-dengan-tip-menghadapi",
        P,
    ),
    (
        "id",
        V,
        ["threat_home_or_workplace_visit"],
        "Peminjam (nama), tagihan Anda Rp10 juta sudah jatuh tempo selama lima hari. Jika tidak dibayar, kami kirim orang ke rumah Anda.",
        "Serayunews, 'Contoh SMS penagihan pinjol' ('Intimidasi'), citing picgarut.id, https://serayunews.com/contoh-sms-penagihan-pinjol-lengkap-dengan-tip-menghadapi",
        P,
    ),
    # Third collection (same conventions), added 2026-11-28; never read by the checker before measurement.
    # fil (third collection)
    (
        "fil",
        V,
        ["public_shaming", "insult_or_obscene"],
        "Tigas mukha ‘di ba? Akala mo yata hindi ko gagawin lahat ng mga sinasabi ko. Ipo-post ko ‘yan sa buong page ng barangay ‘nyo ha? Magbayad ka ng utang mo",
        "Rappler (20 Jun 2023), text quoted from SEC criminal complaints against six lending companies, https://www.rappler.com/business/securities-exchange-commission-files-complaints-lending-companies-threatening-borrowers-june-2023/",
        Q,
    ),
    (
        "fil",
        V,
        ["threat_violence"],
        "Hoy, yakapin mo na lahat ng mahal mo sa buhay. Sisiguraduhin ko sa’yo pagsisisihan mo ‘yan. Tinakasan mo utang mo. Itaga mo sa bato, nagkamali ka ng binangga. Ang mali mo, nag-iwan ka ng impormasyon.",
        "Inquirer (26 Jul 2024), NBI case on the 24HPeso app, message received by the complainant after full repayment, https://globalnation.inquirer.net/243713/nbi-warns-public-vs-online-lending-scam",
        Q,
    ),
    (
        "fil",
        V,
        ["public_shaming"],
        "Ipapahiya ka namin sa Facebook.",
        "common OLA harassment example listed at https://www.respicio.ph/commentaries/how-to-file-a-complaint-against-an-online-lending-app-for-harassment",
        P,
    ),
    (
        "fil",
        V,
        ["threat_arrest_or_criminal"],
        "May warrant ka na bukas.",
        "common OLA harassment example listed at https://www.respicio.ph/commentaries/how-to-file-a-complaint-against-an-online-lending-app-for-harassment",
        P,
    ),
    (
        "fil",
        V,
        ["threat_arrest_or_criminal"],
        "Pupuntahan ka ng pulis.",
        "common OLA harassment example listed at https://www.respicio.ph/commentaries/how-to-file-a-complaint-against-an-online-lending-app-for-harassment",
        P,
    ),
    (
        "fil",
        V,
        ["third_party_disclosure_or_contact"],
        "Ipapadala namin sa HR ninyo ang utang mo.",
        "common OLA harassment example listed at https://www.respicio.ph/commentaries/how-to-file-a-complaint-against-an-online-lending-app-for-harassment",
        P,
    ),
    (
        "fil",
        V,
        ["threat_arrest_or_criminal"],
        "makukulong ka kapag hindi ka nagbayad.",
        "collector statement listed in 'Debt Collection Harassment and Barangay Threats in the Philippines', https://www.respicio.ph/commentaries/debt-collection-harassment-and-barangay-threats-in-the-philippines",
        P,
    ),
    # sw (third collection)
    (
        "sw",
        V,
        ["third_party_disclosure_or_contact", "false_urgency_or_misleading"],
        "Ndugu wa karibu/jamaa /rafiki/jirani wa (jina la mkopaji  na namba za simu)… aliyechukua mkopo kwa njia ya mtandao kupitia Application ya … unafahamishwa kuwa mtu huyu amekiuka makubalianao kwa kutolipa deni siku husika ya marejesho na kutopokea simu za ofisi, hivyo tutamchukulia hatua kwa kosa hilo. Unaombwa kumpigia simu muhusika na kumjulisha kuwa ana masaa mawili ya kulipa deni kabla hatua kali hazijachuliwa dhidi yake.",
        "Mwananchi (Tanzania), 'Wakopaji mtandaoni wanavyodhalilishwa', SMS sent by loan apps to borrowers' contacts (first two paragraphs as stored; the rest is cut off in the stored copy), https://mwananchi.co.tz/mw/habari/kitaifa/wakopaji-mtandaoni-wanavyodhalilishwa-4575594",
        Q,
    ),
    (
        "sw",
        C,
        [],
        "Asante kwa kuonesha nia ya kujiandikisha mwaka wa 2021. Tafadhali lipa shilingi $amount umalize mkopo wako, kisha ujaribu tena!",
        "One Acre Fund (Kenya) SMS template 'loan_payment_not_satisfied', GitHub one-acre-fund/ussd-sms, client-enrollment/translations.js",
        P,
    ),
    # hi (third collection)
    (
        "hi",
        C,
        [],
        "नमस्ते {Name} जी, आपकी ₹{Amount} की EMI {DueDate} को देय है। UPI: vyajpay@hdfc पर भेज सकते हैं। भुगतान के बाद DONE लिखकर भेजें। धन्यवाद। — {YourName}",
        "VyajPay, WhatsApp payment reminder templates for lenders ('Pre-due reminder (Hindi)'), https://vyajpay.com/blogs/whatsapp-payment-reminder-borrowers-guide.html",
        P,
    ),
    (
        "hi",
        C,
        [],
        "{Name} जी, आपकी ₹{Amount} की EMI {DueDate} से बकाया है। कृपया जल्द भुगतान करें। UPI: vyajpay@hdfc देरी पर लेट फी लागू हो सकती है। धन्यवाद।",
        "VyajPay, WhatsApp payment reminder templates for lenders ('Overdue (Hindi)'), https://vyajpay.com/blogs/whatsapp-payment-reminder-borrowers-guide.html",
        P,
    ),
    # id (third collection)
    (
        "id",
        V,
        ["threat_violence", "third_party_disclosure_or_contact"],
        "Anda masih mau melindungi dia, mau jadi pahlawan, mau bela orang yang udah bawa lari uang perusahaan kita? Sampai hari ini Anda masih lindungi si [name], keluargamu yang akan ku habisi satu per satu",
        "GridFame.id, chat from an illegal pinjol debt collector to a borrower's emergency contact (screenshot posted on Twitter), https://fame.grid.id/read/463714549/sadis-nomornya-jadi-kontak-darurat-warganet-ini-diancam-pakai-video-dukun-santet-oleh-debt-collector-pinjol-ilegal?page=all",
        Q,
    ),
    (
        "id",
        C,
        [],
        "Minta tolong ya Bu segera dibayarkan",
        "Kompasiana (2023), WhatsApp from a finance-company collector (the author) to a customer 42 days overdue, https://kompasiana.com/adolfdeda/645b18c44addee16f810f2d3/apa-yang-terjadi-pada-nasabah-di-perusahaan-pembiayaan-usai-momen-idul-fitri",
        Q,
    ),
    (
        "id",
        C,
        [],
        "PT Pinjaman Online: Tagihan Anda sebesar Rp 1.000.000 telah jatuh tempo. Segera lakukan pembayaran sebelum tanggal [tanggal jatuh tempo] untuk menghindari denda keterlambatan.",
        "example online-loan billing SMS, https://picgarut.id/contoh-sms-tagihan-pinjaman-online-2",
        P,
    ),
    # zh (third collection)
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "false_urgency_or_misleading"],
        "催收公司红色警告:[name]电话在借款后失联,催收公司1小时后将介入轰炸通讯录最近联系人、家人与朋友亲戚,请督促TA还款……",
        "news report (2018) on SMS bombing of a borrower's contacts, SMS from a '171' number to the borrower's former boss, as republished at http://vampent.com/doc/a11.html",
        Q,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "false_urgency_or_misleading"],
        "【生活信贷】您关联用户张XX贷款已逾期17天,请督促还款以免影响双方征信。",
        "SMS to a borrower's friend quoted in a blogger's explainer, https://www.xiaoencien.com/Y/24092.html",
        P,
    ),
    (
        "zh",
        V,
        ["threat_arrest_or_criminal", "threat_home_or_workplace_visit"],
        "不还钱就上门抓人",
        "threatening collection phrasing listed in a lawyer's explainer on overdue-loan SMS, https://www.523it.com/g/115530.html",
        P,
    ),
    (
        "zh",
        V,
        ["false_legal_action"],
        "把你在老家的房子贴封条",
        "threatening collection phrasing listed in a lawyer's explainer on overdue-loan SMS, https://www.523it.com/g/115530.html",
        P,
    ),
    (
        "zh",
        V,
        ["insult_or_obscene"],
        "你妈卖了淫,你爸赌了博,还是你吸了毒?老板怎么不发你工资啊?我去帮你要?",
        "first-person account by a lending-platform employee of a collector's recorded call (phone call, not SMS), as republished at http://www1.huanghaia.com/lkyy/4470.html",
        Q,
    ),
    (
        "zh",
        V,
        ["insult_or_obscene", "impolite"],
        "你早干嘛去了?女儿带饭关我屁事?",
        "same account, collector's recorded call to an overdue single mother (phone call, not SMS), as republished at http://gphztz.com/page152.html?article_id=24648&pagenum=2",
        Q,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的客户,您在我司申请的贷款已连续逾期,将影响征信,请立即还款以免被起诉",
        "overdue-loan SMS example in a lawyer's explainer (firm but lawful), https://www.523it.com/g/115530.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的张先生,您持有的招商银行信用卡(尾号XXXX)已逾期XX天,当前欠款总额为XXXX元。请您尽快完成还款,以免产生更多费用。",
        "example CMB credit-card overdue SMS, http://guanxian.org/consult/yqdongtai/640219.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的借款人,您好。您的借款款项已到期,请尽快还款。",
        "'贷款催收短信内容模板' (模板一), http://www.bianzc.cn/tz/p/1636.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "亲爱的用户,您好。请您务必按照合同约定还款时间,以免产生逾期费用。",
        "'贷款催收短信内容模板' (模板二), http://www.bianzc.cn/tz/p/1636.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的用户,根据我们的记录显示,您的消费金融贷款已经逾期,请尽快还款以避免不必要的后果。",
        "'消费金融逾期通知短信' (正文), https://anju.szhome.com/info/pufa/7345838.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "如您在规定时间内未能还款,将会影响您的信用记录,进而影响您的个人信用评级和相关金融服务申请。",
        "'消费金融逾期通知短信' (后果说明, firm but lawful), https://anju.szhome.com/info/pufa/7345838.html",
        P,
    ),
    # en (third collection)
    (
        "en",
        V,
        ["threat_violence"],
        "I will destroy your life.",
        "The Guardian, 'Their weapon is your shame' (Nigeria, 2022), WhatsApp message from a loan-app collector, as republished at https://www.ambroseehirim.com/2022/03/their-weapon-is-your-shame-toxic-abuse.html",
        Q,
    ),
    (
        "en",
        V,
        ["threat_violence"],
        "I want to see your payment or else all hell will be let loose.",
        "The Guardian (Nigeria, 2022), WhatsApp message from a loan-app collector, as republished at https://www.ambroseehirim.com/2022/03/their-weapon-is-your-shame-toxic-abuse.html",
        Q,
    ),
    (
        "en",
        V,
        ["public_shaming"],
        "enjoy your shame",
        "The Guardian (Nigeria, 2022), WhatsApp message sent after her contacts were told she was a fraud, as republished at https://www.ambroseehirim.com/2022/03/their-weapon-is-your-shame-toxic-abuse.html",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "public_shaming", "insult_or_obscene"],
        "We extend our deepest sympathy to you on the unfortunate death of [name] with phone no: *………..* May his criminal soul rest in hell [HICASH-CASHBUS]",
        "The Hope Newspaper (Nigeria), 'Bizarre antics of loan sharks on defaulters', fake obituary SMS sent to the borrower's sister, https://www.thehopenewspaper.com/bizarre-antics-of-loan-sharks-on-defaulters/",
        Q,
    ),
    (
        "en",
        V,
        ["insult_or_obscene"],
        "Sell off your wife, your kids, yourself, sell everything at your home.",
        "The Telegraph (India), 'Pay for loan with life', recovery agents' words quoted from the borrower's suicide note (spoken, not SMS), https://www.telegraphindia.com/india/pay-for-loan-with-life-insulted-by-recovery-agents-jobless-dad-kills-himself/cid/681928",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Dear :contactName, :borrowerName provided your contacts in support of an application to join our organization, Zidisha Microfinance. :borrowerName is now :dueDays days in arrears on the loan taken from Zidisha. Can you please contact :borrowerName at :borrowerNumber and help us find out why we have not received the past due loan repayments? Please reply to this number by SMS text. Thank you, Zidisha Team",
        "Zidisha microlender SMS template 'loan-arrear-mediation-notification' (sent to a borrower's contacts), GitHub charlsontsang/zidisha2, app/lang/en/borrower/sms.php",
        P,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Dear :borrowerName, this is a final notice of your outstanding loan repayment of :currencyCode :dueAmt, which was due on :dueDate.\n\nPlease send make this payment immediately following the payment instructions in your Zidisha.org member account. If you are unable to make the past due payment immediately, you may use the 'Reschedule Loan' page of your member account at Zidisha.org to propose an alternative repayment schedule to lenders.\n\nIf you do not reschedule and we do not receive the past due amount, then we will contact and request mediation from members of your community, including but not limited to the individuals whose contacts you provided in support of your loan application:\n:contacts\n\nThank you, Zidisha Team",
        "Zidisha microlender SMS template 'final-arrear-notification', GitHub charlsontsang/zidisha2, app/lang/en/borrower/sms.php (version without the '<br>' line)",
        P,
    ),
    (
        "en",
        C,
        [],
        "Dear :borrowerName, we did not receive your loan repayment of :currencyCode :dueAmt, which was due on :dueDate. Please make this payment immediately. Thank you, Zidisha team",
        "Zidisha microlender SMS template 'first-arrear-notification', GitHub charlsontsang/zidisha2, app/lang/en/borrower/sms.php",
        P,
    ),
    (
        "en",
        C,
        [],
        "[name] Capital Link Management now handles your Vivint Alarm Reporting on Credit as Mountain Run Solutions account. This communication is from a debt collector, this is an attempt to collect a debt. Please go to the link for more details https://yng.link/BY340406bq. Questions please call 1 833 906 2937.",
        "AccountsRecovery.net (20 Jul 2022) on Carter v. Capital Link Management, collector's text to the plaintiff (the dispute was about a debt discharged in bankruptcy, not the wording), https://www.accountsrecovery.net/2022/07/20/judge-partially-grants-msj-for-plaintiff-in-fdcpa-case-over-text-message/",
        Q,
    ),
    (
        "en",
        C,
        [],
        "Your payment of $123.34 is due on 2/14/24. To avoid late fees or collection activity, please make your payment by the due date. Pay online: Questions? Call 123-456-7890. Thanks, XYZ Collect. Text STOP to end.",
        "HealPay, 'Sample SMS Text Messages for Collections' (payment reminder; link stripped in stored copy), https://blog.healpay.com/blog/sample-sms-text-messages-for-collections/",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hello [name]. We would like to remind you that [£] sum is due for payment since [due date]. If you have any issues with the payment, contact us via email [email address] or call us on [phone number]. Cordially, [institution/business name].",
        "GoCardless, 'Guide: SMS Payment Reminders' (soft overdue reminder), https://gocardless.com/guides/posts/guide-sms-payment-reminders/",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hello, [name]. This is [institution/business name]. We’d like to remind you that a payment for [£] is due by [date]. For more information, visit our website [link].",
        "GoCardless, 'Guide: SMS Payment Reminders' (scheduled loan payment reminder), https://gocardless.com/guides/posts/guide-sms-payment-reminders/",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hi {Name}, Friendly reminder — your EMI of ₹{Amount} is due on {DueDate}. You can pay via UPI: vyajpay@hdfc or transfer to A/C {AccountNo}. Reply DONE once paid. Thank you. — {YourName}",
        "VyajPay, WhatsApp payment reminder templates for Indian lenders ('Pre-due reminder (English)'), https://vyajpay.com/blogs/whatsapp-payment-reminder-borrowers-guide.html",
        P,
    ),
    (
        "en",
        C,
        [],
        "Hi {Name}, This is a final reminder for your overdue EMI of ₹{Amount} (due {DueDate}). Please pay within 48 hours to avoid further action. UPI: vyajpay@hdfc Call/WhatsApp me if you need to discuss. — {YourName}",
        "VyajPay, WhatsApp payment reminder templates for Indian lenders ('Final reminder (English)'), https://vyajpay.com/blogs/whatsapp-payment-reminder-borrowers-guide.html",
        P,
    ),
    # Fourth collection (same conventions), added 2026-11-28; never read by the checker before measurement.
    # id (fourth collection)
    (
        "id",
        V,
        ["threat_home_or_workplace_visit", "public_shaming"],
        "Mau bayar lewat aplikasi atau saya datangi rumahmu? Saya bisa bikin kamu malu!",
        "Poskota (3 May 2025), 'Mengungkap fakta pelacakan lokasi oleh pinjol', threat message received by a borrower one day late, https://www.poskota.co.id/2025/05/03/mengungkap-fakta-pelacakan-lokasi-oleh-pinjol-benarkah-bisa-sadap-whatsapp?halaman=2",
        Q,
    ),
    (
        "id",
        C,
        [],
        "Halo ${name} 👋\n\nKami ingatkan kembali,\ntagihan kamu *besok* sudah jatuh tempo.\n\nmohon segera disiapkan 🙏\nTerima kasih 😊",
        "WhatsApp billing-reminder template 'hMinus1', GitHub aqilarizqizahra-lang/bot_billing_reminder, templates/reminderText.js",
        P,
    ),
    (
        "id",
        C,
        [],
        "Halo ${name} 👋\n\nIni pengingat bahwa *hari ini* adalah\ntanggal jatuh tempo tagihan kamu.\n\nMohon segera dilakukan pembayarannya ya 🙏\nTerima kasih 😊",
        "WhatsApp billing-reminder template 'h0', GitHub aqilarizqizahra-lang/bot_billing_reminder, templates/reminderText.js",
        P,
    ),
    # fil (fourth collection)
    (
        "fil",
        V,
        ["public_shaming"],
        "Kapag hindi mo finull payment ‘yan til 5 p.m., iva-viral ka namin",
        "GMA News '24 Oras' (2020), 'Borrowers shamed, threatened by online loan app operators', operator's words as recounted by a borrower (channel not stated), https://www.gmanetwork.com/news/news/nation/754145/borrowers-shamed-threatened-by-online-loan-app-operators/story/",
        Q,
    ),
    (
        "fil",
        C,
        [],
        "Paalala: Ang iyong loan payment na {{Currency}}{{Amount}} ay due sa {{DueDate}}. Loan: {{LoanNumber}}. Magbayad ng tama upang mapanatili ang good standing.",
        "microfinance module SMS template 'TPL-REM-DUE-SMS', public GitHub file Data/Seeders/CommunicationTemplateSeeder.cs (FSH.Module.Microfinance; stored index file id 66739796316)",
        P,
    ),
    (
        "fil",
        C,
        [],
        "IMPORTANTE: Ang iyong loan {{LoanNumber}} ay {{DaysOverdue}} araw nang overdue. Outstanding: {{Currency}}{{Amount}}. Mangyaring magbayad agad upang maiwasan ang penalties.",
        "microfinance module SMS template 'TPL-REM-OVER-SMS', public GitHub file Data/Seeders/CommunicationTemplateSeeder.cs (FSH.Module.Microfinance; stored index file id 66739796316)",
        P,
    ),
    # sw (fourth collection)
    (
        "sw",
        C,
        [],
        "Habari {name}, unakumbushwa rejesho la TSH {amount} la mkopo {loan_number} tarehe {due_date}. Asante, {company}.",
        "Tanzanian lender SMS template 'repayment_reminder', GitHub Techontz/mikopofasta_api, app/Services/Sms/SmsTemplates.php",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Habari {name}, rejesho lako la TSH {amount} lililotakiwa tarehe {due_date} bado halijalipwa. Tafadhali lipa mapema. {company}.",
        "Tanzanian lender SMS template 'overdue_reminder', GitHub Techontz/mikopofasta_api, app/Services/Sms/SmsTemplates.php",
        P,
    ),
    # en (fourth collection)
    (
        "en",
        C,
        [],
        "To: [name]\n\nWe are contacting you regarding an important personal business matter. This is an attempt to collect a debt. Any information obtained will be used for that purpose. This is a text from a debt collector. Please call us at REDACTED or pay online using reference number 215694395 at REDACTED.",
        "AccountsRecovery.net (23 Aug 2022), 'Agency sued for failing to provide opt-out notice in texts', text quoted from the complaint (N.D. Ga. 22-03269; the claim was the missing opt-out instructions, not the wording), https://www.accountsrecovery.net/2022/08/23/agency-sued-for-failing-to-provide-opt-out-notice-in-texts/",
        Q,
    ),
    (
        "en",
        C,
        [],
        "Reminder, your payment for _______(reason for due) is due on _____(due date), kindly make the payment.",
        "SampleFilled, 'Short Payment Reminder Text Message Samples' (Message 2), https://www.samplefilled.com/short-payment-reminder-text-message-samples/",
        P,
    ),
    (
        "en",
        C,
        [],
        "A payment of _______(amount) is pending from ________(due date), kindly make the payment before due date i.e ______(due date), ignore if already paid.",
        "SampleFilled, 'Short Payment Reminder Text Message Samples' (Message 4), https://www.samplefilled.com/short-payment-reminder-text-message-samples/",
        P,
    ),
    (
        "en",
        C,
        [],
        "Dear {Name}, your debt has been outsourced to us by {Client Name}. Contact us ASAP to arrange settlement. Blueberry Voyage LTD +254720856052",
        "Kenyan collection agency SMS template 'First Outsource Notice', public GitHub file components/templates (debt-collection dashboard; stored index file id 47259035952); the number is the agency's",
        P,
    ),
    (
        "en",
        C,
        [],
        "Dear {Name}, your KES {Amount} payment to {Client Name} is due tomorrow. Kindly make the payment and send proof. Blueberry Voyage LTD +254720856052",
        "Kenyan collection agency SMS template 'PTP Reminder – 1 Day to Due Date', public GitHub file components/templates (stored index file id 47259035952)",
        P,
    ),
    (
        "en",
        C,
        [],
        "Dear {Name}, you have not complied with the demand letter for your debt with {Client Name}. Legal action may follow if no response. Blueberry Voyage LTD +254720856052",
        "Kenyan collection agency SMS template 'Demand Letter Overdue', public GitHub file components/templates (stored index file id 47259035952)",
        P,
    ),
    (
        "en",
        C,
        [],
        "Dear {Name}, your KES {Amount} payment to {Client Name} is now 4 days overdue. Pay in 24hrs to avoid further action. Blueberry Voyage LTD +254720856052",
        "Kenyan collection agency SMS template 'PTP Reminder – 4 Days Overdue', public GitHub file components/templates (stored index file id 47259035952)",
        P,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Dear {Name}, since you are unresponsive, we may escalate to your employer to recover your debt with {Client Name}. Call us ASAP. Blueberry Voyage LTD +254720856052",
        "Kenyan collection agency SMS template 'Unresponsive Employed Debtors', public GitHub file components/templates (stored index file id 47259035952)",
        P,
    ),
    # zh (fourth collection)
    (
        "zh",
        C,
        [],
        "【马上消费金融】{{name}}先生/女士，您借款{{amount}}元已逾期{{overdueDays}}天，请尽快还款或联系协商方案。如已还款请忽略。咨询电话：XXX-XXXXXXX。",
        "debt-mediation tool script library, '催款短信模板', public GitHub file (SCRIPT_TEMPLATES; stored index file id 54558204954)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "{{name}}先生/女士您好，我是马上消费金融客服。关于您借款{{amount}}元的还款事宜，希望能与您取得联系。请回复或回电，谢谢配合。",
        "debt-mediation tool script library, '首次短信/微信话术', public GitHub file (SCRIPT_TEMPLATES; stored index file id 54558204954)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "【还款提醒】{{name}}先生/女士，您承诺的还款日即将到期，请按时偿还{{amount}}元。如遇困难请提前联系协商，避免逾期影响征信。",
        "debt-mediation tool script library, '还款提醒短信', public GitHub file (SCRIPT_TEMPLATES; stored index file id 54558204954)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "您好，请问是{{name}}的家人/同事吗？我是马上消费金融的工作人员，有一些关于{{name}}先生的个人事务需要与他本人沟通，麻烦您转告他回电联系，谢谢您的帮助。",
        "debt-mediation tool script library, '第三方转达话术' (call script to a relative or colleague, debt not disclosed), public GitHub file (SCRIPT_TEMPLATES; stored index file id 54558204954)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "{{name}}先生/女士您好，我是马上消费金融调解专员，关于您借款{{amount}}元逾期{{overdueDays}}天的事宜，多次致电未能接通。请您在方便时回电联系，我们将为您提供协商还款方案。祝您生活愉快。",
        "debt-mediation tool script library, '无法接通留言话术' (voicemail script), public GitHub file (SCRIPT_TEMPLATES; stored index file id 54558204954)",
        P,
    ),
    (
        "zh",
        V,
        ["threat_home_or_workplace_visit", "third_party_disclosure_or_contact"],
        "{{name}}先生/女士，因多次沟通未果，您的借款{{amount}}元逾期{{overdueDays}}天的案件将移交外部催收机构处理。委外催收可能采取更严格的催收手段，包括上门走访、单位联系等。为避免不必要的困扰，建议您在移交前与我方达成还款方案。",
        "debt-mediation tool script library, '委外催收告知', public GitHub file (SCRIPT_TEMPLATES; stored index file id 54558204954)",
        P,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact"],
        "您好，请问是{{name}}的家人吗？我是马上消费金融的工作人员。关于{{name}}先生的借款{{amount}}元逾期{{overdueDays}}天的情况，我们已多次联系他本人但未得到有效回应。债务问题越早处理越好，希望能得到家人的理解和支持，协助他尽快解决。",
        "debt-mediation tool script library, '告知家人债务情况' (call script to a family member), public GitHub file (SCRIPT_TEMPLATES; stored index file id 54558204954)",
        P,
    ),
    (
        "zh",
        V,
        ["false_urgency_or_misleading"],
        "{{name}}先生/女士，郑重提醒您：借款{{amount}}元逾期{{overdueDays}}天的记录即将上报至人民银行征信系统。一旦上报，将影响您未来的贷款、信用卡申请、甚至就业和子女入学。请务必在3个工作日内处理，避免不可逆的征信污点。",
        "debt-mediation tool script library, '征信影响告知' (overstates credit-report consequences), public GitHub file (SCRIPT_TEMPLATES; stored index file id 54558204954)",
        P,
    ),
    (
        "zh",
        V,
        ["threat_violence"],
        "[name]男士/女士,您的借款已逾期,请尽快还款，否则会有高额的罚款,及意料之外的生活困扰。谢谢合作！",
        "collection SMS built by a cash-loan app backend (kawadai) in getSmsInfo(), public GitHub file (stored index file id 22398199354); the borrower's name variable shown as [name], '男士/女士' is the code's fallback title",
        P,
    ),
    (
        "zh",
        C,
        [],
        "您的借款已逾期，请尽快完成还款操作",
        "overdue push-notification body in a cash-loan app backend, public GitHub file (stored index file id 38350457923; app push, not SMS)",
        P,
    ),
    # Fifth collection (same conventions), added 2026-11-28 (session 3) by a helper who did not
    # see the checker or its packs; measured before any pack change.
    # ---------------------------------------------------------------- en (Kenya, Nigeria, India, US)
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Kindly inform the debtor of phone number x to pay his/her loan of amount x TODAY before we proceed and take legal action to retrieve the debt. We have tried calling in vain. This is the last reminder. Many thanks.",
        "Kenyans.co.ke, 'Mobile App Lenders Invade Privacy & Harass Debtors to Recover Loans' (news/39804), message sent to a borrower's contacts as posted by a Facebook user, https://www.kenyans.co.ke/news/39804-mobile-app-lenders-invade-privacy-harass-debtors-recover-loans",
        Q,
    ),
    # judgement: calling a late payer 'fraudulent' misrepresents default as fraud; the '(sic)' markers added by the newspaper were dropped
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "false_urgency_or_misleading"],
        "Customer transparency is key in any business agreement, but for your case, we have realised that you are playing fraudulent. We have sent you reminders, but you are not cooperating. We are now reaching your phone book from the next hour",
        "The Standard (Kenya), 'Mobile lenders increase threats as defaults swell' (article 2001413850), text message received by a borrower in Machakos, https://standardmedia.co.ke/counties/article/2001413850/mobile-lenders-increase-threats-as-defaults-swell",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "public_shaming"],
        "we gave you enough time to clear the loan, but still you are ignoring us. Kindly note that we are again contacting 50 contacts in your phonebook to shame you. clear your loan now to avoid.",
        "Daily Nation (Kenya), 'Debt stress: men need help' (life-and-style/wellness, 3280818), SMS from a mobile-loan app quoted by the author (sent in all caps), https://nation.africa/kenya/life-and-style/wellness/debt-stress-men-need-help-3280818",
        Q,
    ),
    (
        "en",
        C,
        [],
        "Dear Customer, pay your loan of 4224 before 15/7/2016 to avoid being listed on C.R.B.",
        "blog post 'Disability' (17 Jul 2016), M-Shwari SMS quoted by the borrower, https://myroots2016.wordpress.com/2016/07/17/disability/",
        Q,
    ),
    # phone call, paraphrased in English by the blogger from a Swahili call; CRB listing is a lawful consequence
    (
        "en",
        C,
        [],
        "You have five days to clear your loan before we forward your CRB. You understand the penalties and fines that attracts.",
        "blog post 'Disability' (17 Jul 2016), M-Shwari collection call as recounted by the borrower, https://myroots2016.wordpress.com/2016/07/17/disability/",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Ma, she is owing us at (incoherent) and she has refused to pay.",
        "TechCity (Nigeria), 'The sinister workings of loan apps in Nigeria - The TechCity Podcast', transcript of a loan-app collector's phone call to an unrelated contact, https://techcityng.com/the-sinister-workings-of-loan-apps-in-nigeria-the-techcity-podcast/amp",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "public_shaming", "insult_or_obscene"],
        "He sends his mother and sister to work as prostitutes and lives on the money earned by them",
        "Newslaundry, 'The death trap that's India's illegal loan apps' (24 Sep 2022), text sent to a SnapIt borrower's whole contact list, https://www.newslaundry.com/amp/story/2022%2F09%2F24%2Fthe-death-trap-thats-indias-illegal-loan-apps",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "public_shaming", "insult_or_obscene"],
        "He sends his friends to have sex with his mother, wife and daughter.",
        "Newslaundry, 'The death trap that's India's illegal loan apps' (24 Sep 2022), second text sent to the same borrower's contacts, https://www.newslaundry.com/amp/story/2022%2F09%2F24%2Fthe-death-trap-thats-indias-illegal-loan-apps",
        Q,
    ),
    (
        "en",
        V,
        ["impersonation_official", "false_legal_action", "false_urgency_or_misleading"],
        "This is the Civil Investigations Unit. We are contacting you in regards to a complaint being filed against you, pursuant to claim and affidavit number D00D-2932, where you have been named a respondent in a court action and must appear. There is a contact number on file which you must call, 757-301-4745. Please forward this information to your attorney in that the order to show cause contains a restraining order. You or your attorney will have 24 to 48 hours to oppose this matter.",
        "Crain's Cleveland Business, 'Feds halt operation that collected on phantom payday loan debts' (25 Oct 2013), typical robocall/voice message quoted from the FTC complaint, https://www.crainscleveland.com/article/20131025/FREE/131029845/feds-halt-operation-that-collected-on-phantom-payday-loan-debts",
        Q,
    ),
    # CFPB educational video dramatising a scam collection call (consumerfinance.gov, 'How to spot a debt collection scam'), transcript as reposted
    (
        "en",
        V,
        ["false_urgency_or_misleading"],
        "If you don’t pay us what you owe by close of business today, there will be serious consequences.",
        "CFPB video 'How to spot a debt collection scam' (consumerfinance.gov), transcript as reposted at https://kootenaychinwoo.com/how-to-spot-a-debt-collection-scam-consumerfinance-gov/",
        P,
    ),
    (
        "en",
        V,
        ["threat_arrest_or_criminal"],
        "You’re likely looking at jail time.",
        "CFPB video 'How to spot a debt collection scam' (consumerfinance.gov), transcript as reposted at https://kootenaychinwoo.com/how-to-spot-a-debt-collection-scam-consumerfinance-gov/",
        P,
    ),
    (
        "en",
        V,
        ["threat_arrest_or_criminal", "false_urgency_or_misleading"],
        "[name], [name], if you want to spend the next week at home and not in jail, you will give me your bank account or debit card number right now!",
        "CFPB video 'How to spot a debt collection scam' (consumerfinance.gov), transcript as reposted at https://kootenaychinwoo.com/how-to-spot-a-debt-collection-scam-consumerfinance-gov/ (fictional caller's name replaced)",
        P,
    ),
    (
        "en",
        C,
        [],
        "Dear {Name}, you have refused to pick our calls. Prioritize settling your debt with {Client Name} to avoid escalation. Blueberry Voyage LTD +254720856052",
        "Kenyan collection agency SMS template 'Ignoring Calls', public GitHub file (stored index file id 47259035952), smsTemplates",
        P,
    ),
    # judgement: 'strict measures' is vague rather than a specific false threat; kept as firm-but-lawful
    (
        "en",
        C,
        [],
        "Dear {Name}, a demand letter has been issued to you regarding your debt with {Client Name}. Please comply to avoid strict measures. Blueberry Voyage LTD +254720856052",
        "Kenyan collection agency SMS template 'Demand Letter Issued', public GitHub file (stored index file id 47259035952), smsTemplates",
        P,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Dear {Name}, since you are unresponsive, we may escalate recovery efforts, including contacting your employer regarding your debt with {Client Name}. – Blueberry Voyage LTD",
        "Kenyan collection agency WhatsApp template 'Unresponsive Employed Debtors' (differs from the SMS version already in the corpus), public GitHub file (stored index file id 47259035952), whatsappTemplates",
        P,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "public_shaming"],
        "We will report you to the barangay, post your name, and shame you if you do not pay today.",
        "example lending-app threat quoted in 'Lending App Threats to Shame Borrower at Barangay', Respicio & Co. commentaries (Philippines), https://www.respicio.ph/commentaries/lending-app-threats-to-shame-borrower-at-barangay",
        P,
    ),
    # ---------------------------------------------------------------- fil (Tagalog / Taglish)
    (
        "fil",
        V,
        ["threat_violence"],
        "Papatayin ka",
        "example threat listed in 'Harassment by Loan Companies Through Threatening Text Messages', Respicio & Co. commentaries, https://www.respicio.ph/commentaries/harassment-by-loan-companies-through-threatening-text-messages",
        P,
    ),
    (
        "fil",
        V,
        ["threat_violence"],
        "abangan ka namin",
        "example threat listed in 'Harassment by Loan Companies Through Threatening Text Messages', https://www.respicio.ph/commentaries/harassment-by-loan-companies-through-threatening-text-messages",
        P,
    ),
    # judgement: 'we will send people' is listed by the source under threats of violence; also an implied visit
    (
        "fil",
        V,
        ["threat_violence", "threat_home_or_workplace_visit"],
        "magpapadala kami ng tao",
        "example threat listed in 'Harassment by Loan Companies Through Threatening Text Messages', https://www.respicio.ph/commentaries/harassment-by-loan-companies-through-threatening-text-messages",
        P,
    ),
    (
        "fil",
        V,
        ["threat_arrest_or_criminal"],
        "kulong ka agad",
        "example threat listed in 'Harassment by Loan Companies Through Threatening Text Messages', https://www.respicio.ph/commentaries/harassment-by-loan-companies-through-threatening-text-messages",
        P,
    ),
    (
        "fil",
        V,
        ["threat_arrest_or_criminal"],
        "arestuhin ka namin bukas",
        "example threat listed in 'Harassment by Loan Companies Through Threatening Text Messages', https://www.respicio.ph/commentaries/harassment-by-loan-companies-through-threatening-text-messages",
        P,
    ),
    (
        "fil",
        V,
        ["public_shaming"],
        "Ipapahiya kita kapag hindi ka nagbayad.",
        "example debt-collection text in 'Grave Threats by Text Message Under Philippine Criminal Law', https://www.respicio.ph/commentaries/grave-threats-by-text-message-under-philippine-criminal-law",
        P,
    ),
    # judgement: 'tigas ng mukha' (shameless) is an insult; 'wait for what I'll send you' was followed by a funeral wreath delivered to her home
    (
        "fil",
        V,
        ["insult_or_obscene", "threat_violence"],
        "Sige ha, ganiyan ang tigas ng mukha mo. Sige hintayin mo papadala ko sa’yo",
        "Balita (Manila Bulletin), 'Online lending app nagpapadala ng korona ng patay, ataul kapag delayed bayad' (8 Jun 2023), citing GMA '24 Oras', lender's message to a borrower, https://balita.mb.com.ph/2023/06/08/online-lending-app-nagpapadala-ng-korona-ng-patay-ataul-kapag-delayed-bayad",
        Q,
    ),
    (
        "fil",
        V,
        ["threat_home_or_workplace_visit", "public_shaming"],
        "Pupuntahan ka namin sa barangay at ipapahiya ka namin.",
        "example collector message listed in 'Online Lending App Barangay Shaming Threats And Borrower Harassment', Respicio & Co. commentaries, https://www.respicio.ph/commentaries/online-lending-app-barangay-shaming-threats-and-borrower-harassment",
        P,
    ),
    # judgement: a police/barangay blotter threat presented as a legal step the collector cannot take for a civil debt
    (
        "fil",
        V,
        ["public_shaming", "false_legal_action"],
        "Ipapa-blotter ka namin at ipapaskil pangalan mo.",
        "example collector message listed in 'Online Lending App Barangay Shaming Threats And Borrower Harassment', https://www.respicio.ph/commentaries/online-lending-app-barangay-shaming-threats-and-borrower-harassment",
        P,
    ),
    (
        "fil",
        V,
        ["third_party_disclosure_or_contact", "public_shaming"],
        "Sasabihin namin sa barangay captain at sa mga kapitbahay mo na hindi ka nagbabayad.",
        "example collector message listed in 'Online Lending App Barangay Shaming Threats And Borrower Harassment', https://www.respicio.ph/commentaries/online-lending-app-barangay-shaming-threats-and-borrower-harassment",
        P,
    ),
    (
        "fil",
        V,
        ["threat_home_or_workplace_visit", "public_shaming"],
        "Dadating kami kasama ang barangay para mapahiya ka.",
        "example collector message listed in 'Online Lending App Barangay Shaming Threats And Borrower Harassment', https://www.respicio.ph/commentaries/online-lending-app-barangay-shaming-threats-and-borrower-harassment",
        P,
    ),
    (
        "fil",
        C,
        [],
        "Magandang araw, ${activeCustomer.name}! Paalala mula kay ${STORE.name} na ang iyong utang ay nagkakahalaga ng ${peso(activeCustomer.balance)}. Maaari itong i-settle sa store o on-chain. Salamat!",
        "sari-sari store credit app, SMS reminder built in triggerSms(), public GitHub file (stored index file id 55725044562)",
        P,
    ),
    # rendered from the Kotlin string concatenation with lang='fil' (dayWord='araw', stopLine='Reply STOP para tumigil.')
    (
        "fil",
        C,
        [],
        "Hi $customerName! Reminder: Ang iyong balance sa $storeName ay $balance ($daysOpen araw na; bayad na $paid; natitirang credit $credit ng $limit). Salamat! Reply STOP para tumigil.",
        "TindaGo store-credit app SmsHelper.buildReminderMessage (scheduled debt reminder, Filipino), public GitHub file (stored index file id 68981930659)",
        P,
    ),
    # ---------------------------------------------------------------- id
    (
        "id",
        V,
        ["impersonation_official", "false_urgency_or_misleading"],
        "Pelanggan yang terhormat, saat ini akun Anda sudah diblokir karena kami mendeteksi bahwa Anda mangkir di pinjaman online fintech. Untuk membuka blokir, lakukan registrasi ulang. Tunggu pemulihan BI checking selama 5 tahun.",
        "Poskota (7 May 2025), 'Bank Indonesia tegaskan tidak blokir rekening nasabah yang galbay pinjol', message from a pinjol debt collector sent with a fake Bank Indonesia logo, https://www.poskota.co.id/2025/05/07/bank-indonesia-tegaskan-tidak-blokir-rekening-nasabah-yang-galbay-pinjol-ini-faktanya",
        Q,
    ),
    (
        "id",
        V,
        ["third_party_disclosure_or_contact"],
        "Bagaimana pak/buk apakah sudah di sampaikan kepada beliau.",
        "Kompasiana, 'Pinjol IndoSaku menunjukkan cara-cara kurang profesional saat menghubungi kontak darurat nasabah' (2022), follow-up WhatsApp to the emergency contact (a different message from the one already in the corpus), https://kompasiana.com/berlianamarthasihotang5096/622091a73179495c09219484/pinjol-indosaku-menunjukkan-cara-cara-kurang-profesional-saat-menghubungi-kontak-darurat-nasabah",
        Q,
    ),
    # short caption used in the shaming messages sent to all of a borrower's contacts, as quoted by Polda Jateng
    (
        "id",
        V,
        ["public_shaming", "insult_or_obscene", "third_party_disclosure_or_contact"],
        "Jangan Jadi Maling",
        "iNews Jateng, 'Polda Jateng bongkar kasus pinjol ilegal dengan modus pemerasan, sita 150 komputer' (page 2), collection wording sent to the victim's contacts, https://jateng.inews.id/amp/berita/polda-jateng-bongkar-kasus-pinjol-ilegal-dengan-modus-pemerasan-sita-150-komputer/2",
        Q,
    ),
    # judgement (unsure): reply by an Akulaku collector to a customer who said she had already paid; field collection by a licensed lender can be lawful in Indonesia, but here it is used as a threat over a disputed balance
    (
        "id",
        V,
        ["threat_home_or_workplace_visit"],
        "Oke, besok kami cek. Kalau masih ada tagihan, kami ambil ke alamat.",
        "Poskota (18 May 2025), 'DC pinjol masih datangi rumah warga meski tagihan lunas', WhatsApp reply from a debt collector quoted from a YouTube report, https://www.poskota.co.id/2025/05/18/dc-pinjol-masih-datangi-rumah-warga-meski-tagihan-lunas-ini-lokasi-yang-sering-jadi-sasaran/amp",
        Q,
    ),
    (
        "id",
        C,
        [],
        "Nsbh Adira Yth, per @dd/@mm/@yy kami blm menerima pembayaran ang ke @angsuran Anda PK @kontrak. Mhn segera lakukan pembayaran. Abaikan SMS ini jk sudah bayar. Tks",
        "Adira Finance-style instalment reminder with SMS abbreviations, SendSMS class, public GitHub file (stored index file id 3987373156)",
        P,
    ),
    # PHP string concatenation rendered with {placeholders}; line-break whitespace inside the literal collapsed
    (
        "id",
        C,
        [],
        "Yth Bapak/Ibu {nama_cust}, kewajiban angsuran Anda sebesar Rp. {plafond},- jatuh tempo {jatuh_tempo}. Harap melakukan pembayaran. Bilamana telah melakukan pembayaran, abaikan sms ini.",
        "BRI consumer-credit SMS controller, message 6 'SMS reminder angsuran pinjaman (Khusus Debitur Payroll)', public GitHub file (stored index file id 36986998607)",
        P,
    ),
    (
        "id",
        C,
        [],
        "Yth. Bapak/Ibu  {nama_cust}. Kami informasikan kewajiban angsuran Anda telah melewati jatuh tempo sebesar Rp.  {plafond},-. Harap segera melakukan pembayaran. Terima kasih.",
        "BRI consumer-credit SMS controller, message 7 'SMS reminder tunggakan (Khusus Debitur Payroll)', public GitHub file (stored index file id 36986998607)",
        P,
    ),
    # ---------------------------------------------------------------- sw
    (
        "sw",
        C,
        [],
        "Habari #name  unakumbushwa kulipa deni lako la #balance kutoka bank ya #bank lipia deni lako mapema kuepuka usumbufu.",
        "Tanzanian debt-reminder SMS sender (keywords #name/#balance/#bank), sample message in a Blade view, public GitHub file (stored index file id 42571017323); HTML <b> tags removed",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Ndugu #name,  lipa LEO mkopo wako wa #bank Tshs. #balance ndani ya siku 30 ili kuepuka usumbufu.",
        "Tanzanian debt-reminder SMS sender, second sample message in the same Blade view, public GitHub file (stored index file id 42571017323); HTML <b> tags removed",
        P,
    ),
    (
        "sw",
        C,
        [],
        'Habari ${sale.customers.name},\nUmechelewa kulipa deni la ${sale.balance.toLocaleString()} TZS.\nOfisi: ${office.office_name || "N/A"}, Simu: ${office.customer_phone || "N/A"}.\nTafadhali lipa haraka ili kuepuka usumbufu.',
        "Tanzanian loan-sales app SMS_TEMPLATES.template2 (sent automatically for overdue loans), public GitHub file (stored index file id 54487424749)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Habari {$loan->user->formal_name}, Tunakukumbusha kwa deni la Tsh $outstandingAmount. Tafadhali endelea kulipia deni lako ili kuepuka usumbufu wowote.",
        "Tanzanian lender outstanding-loan SMS reminder job (PHP), public GitHub file (stored index file id 24326208695)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Tafadhali lipa deni lako la TZS 230,000 lililopita muda. Ongea nasi ili kupata mpango wa malipo.",
        "Tanzanian shop POS, draftReminder tone 'firm' (mock API), public GitHub file (stored index file id 63117257828)",
        P,
    ),
    # judgement: a genuine notice that legal steps will follow is lawful; source is a shop-credit mock, not a licensed lender
    (
        "sw",
        C,
        [],
        "TAARIFA YA MWISHO: Deni lako la TZS 230,000 limepitwa muda. Lipa siku 7 au hatua za kisheria zitachukuliwa.",
        "Tanzanian shop POS, draftReminder tone 'final_notice' (mock API), public GitHub file (stored index file id 63117257828)",
        P,
    ),
    # ---------------------------------------------------------------- hi (Devanagari and Hinglish)
    (
        "hi",
        C,
        [],
        "{name} जी, Rs.{amount} {dpd} दिनों से बकाया। तुरंत भुगतान करें।",
        "collections SaaS default templates, 'Overdue Notice - HI' (SMS), public GitHub file (stored index file id 66505219431)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "{name} जी, Rs.{amount} का भुगतान हुआ? कोई समस्या हो तो बताएं।",
        "collections SaaS default templates, 'Follow Up - HI' (WhatsApp), public GitHub file (stored index file id 66505219431)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "{name} ji, Rs.{amount} {dpd} din se pending hai. Please turant payment karein.",
        "collections SaaS default templates, 'Overdue Notice - Hinglish' (WhatsApp), public GitHub file (stored index file id 66505219431)",
        P,
    ),
    # voice-agent call script; the markdown quote markers ('> ') dropped, list lines kept
    (
        "hi",
        C,
        [],
        "Main aapko inform karna chahta hoon ki agar ye {{paymentDeadline}} tak pay nahi hota:\n- Daily additional late fees lagenge\n- Credit bureaus ko report hoga\n- Aapka credit score negative impact hoga\n- Account higher delinquency bucket mein move hoga",
        "Fibe NBFC 'Bucket X - Current Month Bounce' collection voice-agent call script (Hinglish), 'Urgency & Consequences', public GitHub file (stored index file id 38554082779)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "{{customerName}} ji, mujhe clear answer chahiye. Aapka account default mein hai. Hume aaj payment chahiye ya confirmed date. Main system mein kya note karun?",
        "Fibe NBFC 'Bucket X' collection voice-agent call script (Hinglish), reply when the customer avoids committing, public GitHub file (stored index file id 38554082779)",
        P,
    ),
    # ---------------------------------------------------------------- pcm (Nigerian Pidgin)
    (
        "pcm",
        C,
        [],
        "{{greeting}} {{customer_name}}, your {{currency}} {{amount_owed}} don overdue since {{due_date_value}} but no wahala — you fit pay now now: {{pay_link}}. You need more time? Just tell us.",
        "CollectNaija invoice-collection templates, NATURAL_VARIANTS['pcm']['overdue'], public GitHub file (stored index file id 70544402336)",
        P,
    ),
    (
        "pcm",
        C,
        [],
        "How far {{customer_name}}! Your balance na {{currency}} {{amount_owed}} wey go due {{due_date_value}}. Pay sharp sharp for here: {{pay_link}}. If you need small small payment, we fit arrange am.",
        "CollectNaija invoice-collection templates, NATURAL_VARIANTS['pcm']['reminder'][1], public GitHub file (stored index file id 70544402336)",
        P,
    ),
    # judgement: a missed savings-circle (ajo) contribution rather than a loan, but an owed-payment reminder in Pidgin-English
    (
        "pcm",
        C,
        [],
        "Hello! Friendly reminder from ${circle.name}: your ${FREQUENCY_LABEL[circle.frequency]} contribution of ${amount} for round ${state.cycle.index} never enter. Abeg pay and send your receipt so we fit mark you paid. Thank you! 🙏",
        "Nigerian savings-circle app, unpaid-contribution reminder message, public GitHub file (stored index file id 55169006128)",
        P,
    ),
    (
        "pcm",
        C,
        [],
        "Hello {{1}}, na reminder say your payment of {{2}} go reach on {{3}}. Abeg pay before that day make dem no stop your service.",
        "WhatsApp Business template library 'w16_payment_reminder', pcm variant (service payment reminder), public GitHub file (stored index file id 63560223266)",
        P,
    ),
    # ---------------------------------------------------------------- zh
    (
        "zh",
        V,
        ["threat_arrest_or_criminal", "false_legal_action", "false_urgency_or_misleading"],
        "您因贷款长期逾期,已被列入金融诈骗名单,案件已移交公安机关,将依法采取强制措施,请立即联系XXX处理。",
        "lawyer's explainer '收到贷款逾期+涉嫌诈骗短信是真是假' (example of an overdue SMS claiming a criminal case), https://www.523it.com/g/124373.html",
        P,
    ),
    # Sixth collection (2026-11-28, session 4): collected by a helper barred from the checker,
    # the packs and the corpus; measured before any change made for it.
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "threat_home_or_workplace_visit"],
        "先生/女士，您好，请通知***（手机号）（身份证号隐藏其中几位），其在【九州宝】的欠款已严重逾期。若***不能及时处理，我司将要求其准备好相关材料（身份证、户口本等）等待相应司法流程，我司保留委托第三方机构上门催款的权利，届时产生的责任和影响由其本人承担！打扰之处敬请谅解，客服热线******，谢谢！【九州宝】",
        "cash-loan app backend (九州宝, system code YLQ), cuishou() method: SMS sent to the borrower's family and social contacts (infoContact.getFamilyMobile / getSocietyMobile), public GitHub file (stored index file id 48116667610)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "您的{amount}借款即将到期，合同编号为{code}，逾期将会影响您的信用并产生额外利息，请及时登录APP进行还款。",
        "cash-loan app backend (九州宝, system code YLQ), doCheckWillRepayDaily() pre-due SMS to the borrower; string is concatenated in code, variable parts shown here as {amount}/{code}; public GitHub file (stored index file id 48116667610)",
        P,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact"],
        "{myUser}：你在{myPlatform}的欠款已逾期，请在收到通知后处理账单，如未处理将对你的联系人进行电话或短信通知，请须知！案件处理客服电话：{myNumber}",
        "AppleScript bulk iMessage collection sender (reads debtors from a CSV and sends via Messages.app); message concatenated from myUser & myMessageP1 & myPlatform & myMessageP2 & myNumber, shown with the script's variable names as placeholders; public GitHub file (stored index file id 7051101835)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "【mo9】江湖救急用户，您的借款已到还款期，应还金额{0}元。为避免影响您的个人信用，请收到短信后立刻前往江湖救急页面完成还款或申请续期。详询: 02180163503",
        "mo9 江湖救急 cash-loan dunning module, DunningSmsTemplate.ST_0 ('短信 未逾期'), com/mo9/risk/modules/dunning/entity/DunningSmsTemplate.java, public GitHub file (stored index file id 20768020230)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "【mo9】江湖救急用户，您的借款已过还款期，应还金额{0}元。为避免影响您的个人信用，请收到短信后立刻前往江湖救急页面完成还款或申请续期。详询: 02180163503",
        "mo9 江湖救急 cash-loan dunning module, DunningSmsTemplate.ST__1_7 ('短信 1-7' days overdue), public GitHub file (stored index file id 20768020230)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "【mo9】江湖救急用户，您的借款已过还款期，应还金额{0}元。请于2天之内完成还款或申请续期。否则我司将按《征信业管理条例》如实上报金融信用信息基础数据库，如对个人征信造成影响请自行负责。详询: 02180163503",
        "mo9 江湖救急 cash-loan dunning module, DunningSmsTemplate.ST_8_14 ('短信 8-14' days overdue; two string literals joined by + in code), public GitHub file (stored index file id 20768020230)",
        P,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "public_shaming", "false_legal_action"],
        "【mo9】您好: {0}，身份证尾号{1}。您申请的江湖救急借款已经拖欠{2}天，逾期金额{3}元，相关法律函件近期将邮寄至您的户籍地址，请注意查收。详询请回电02180163503。请确保按函件要求还款，否则我们将考虑详您户籍地村委会/居委会以及工作单位通报情况，协助调查。",
        "mo9 江湖救急 cash-loan dunning module, DunningSmsTemplate.ST_15_21 ('短信 15-21' days overdue; threatens to notify village/residents' committee and employer), public GitHub file (stored index file id 20768020230)",
        P,
    ),
    (
        "zh",
        V,
        ["threat_arrest_or_criminal", "false_legal_action"],
        "【mo9】您好: {0},身份证尾号{1}。您长期拖欠江湖救急借款，欠款金额达{2}元。已经涉嫌触犯《刑法》224条和193条，以非法占有为目的骗取对方财物，涉嫌合同诈骗罪和借款诈骗罪。相关法律函件近期将邮寄至您户籍所在地。请注意查收。请确保按函件要求还款，否则我司将向公安机关报案，依法追究您的法律责任。详询02180163503",
        "mo9 江湖救急 cash-loan dunning module, DunningSmsTemplate.ST_22_35 ('短信 22-35' days overdue; accuses the borrower of contract and loan fraud), public GitHub file (stored index file id 20768020230)",
        P,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "public_shaming", "threat_arrest_or_criminal"],
        "【mo9】您好，您的亲属/朋友：{0}, 向江湖救急的借款已经严重逾期，截至今日逾期{1}天，欠款金额{2}元。我司多次电话和短信通知其支付此款项，至今仍未还款。鉴于{3}已严重违反借款合同约定及相关法律的规定，为避免催收给您的工作和生活带来不便，请您务必通知其于2天之内偿还上述欠款。否则我司将通过新闻媒体公告催收、委托相关公司进行催收或向法院提起诉讼，依法追究刑事责任。详询请其至电02180163503，感谢您的配合",
        "mo9 江湖救急 cash-loan dunning module, DunningSmsTemplate.ST_15_PLUS (sent to the borrower's relatives/friends; threatens newspaper notice and criminal liability), public GitHub file (stored index file id 20768020230)",
        P,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact"],
        "这个钱你可以暂时先放一放，一分钱不用去处理了，把情况给父母沟通清楚，我现在打电话通知一下，让他们想办法帮你把这件事处理到位。",
        "news.43b.com.cn article reproducing collector messages posted by netizen @白马跃潭 (collector says it will phone the borrower's parents), http://news.43b.com.cn/a/1517304.html",
        Q,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的用户，您在{$platform}借款{$loan}元，今天为最后还款期限日，请按时归还!",
        "cash-loan platform SMS template table cl_sms_tpl, type lastDayInform, public GitHub SQL file (stored index file id 49725331808)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "{$name}先生/女士，您的账单今天到期请及时处理增加个人信誉以便提额，最晚时间下午6点！请登录APP或者联系后台客服{$telephone}处理",
        "xiji cash-loan SMS template table cl_sms_tpl, type repayBefore, public GitHub SQL file (stored index file id 40659518538)",
        P,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "public_shaming", "threat_arrest_or_criminal"],
        "This is to inform the general public that the criminal family of [name], No: [phone], has duped a company of money & found wanted, He is not to be trusted with money or anything that has to do with money.",
        "George's Diary blog, 'Press release' by a Nigerian borrower quoting the Sokoloan message sent to his contacts, https://georgesdiary.blog/press_release/",
        Q,
    ),
    (
        "en",
        V,
        ["impersonation_official", "false_legal_action", "false_urgency_or_misleading"],
        "[LAST NAME], [FIRST NAME], It is URGENT for you to call National Attorney Service regarding a very sensitive matter. [PHONE NUMBER WITH EXTENSION] Case# [CASE NUMBER]",
        "FTC Business Blog, 'Don't viol8 FDCPA, k thx' (2013), quoting text messages in FTC v. National Attorney Collection Services (placeholders as published by the FTC), http://www.business.ftc.gov/blog/2013/08/dont-viol8-fdcpa-k-thx",
        Q,
    ),
    (
        "en",
        V,
        ["false_urgency_or_misleading"],
        "YOUR PAYMENT DECLINED WITH CARD ****-****-****-5463 . . . CALL 866.256.2117 IMMEDIATELY.",
        "Consumerist, 'FTC: Debt Collectors Used Illegal Text Messages To Scare People Into Paying' (2015-05-21), quoting a text in FTC v. Unified Global Group, https://consumerist.com/2015/05/21/ftc-debt-collectors-used-illegal-text-messages/index.html",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Hello, kindly inform XX to pay the Okash loan of Sh2560 TODAY before we proceed and take legal action to retrieve the debt",
        "SUN-CONNECT (reprint of The Standard, Kenya), 'How Kenyans give up privacy for costly mobile loans' - message received by a borrower's contact, https://sun-connect-ea.org/how-kenyans-give-up-privacy-for-costly-mobile-loans/",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "public_shaming", "threat_arrest_or_criminal"],
        "[name] is a fraudster and is wanted by the Nigerian police",
        "Gavel blog, 'How to handle loan app defamation and harassment in Nigeria', quoting message sent to contacts, https://blog.gavel.ng/how-to-handle-loan-app-defamation-and-harassment-in-nigeria/",
        Q,
    ),
    (
        "en",
        V,
        ["threat_violence"],
        "Wherever you may be now, you and your family shall die a miserable/sorrowful death with your hands and legs broken…",
        "Rifnote (reprint of Nigerian Tribune), 'They locked us inside toilet, forged arrest warrants, sent us death threats - victims of Lagos money lenders' (2021-11-20), https://rifnote.com/rifs/2021/11/20/they-locked-us-inside-toilet-forged-arrest-warrants-sent-us-death-threats-victims-of-lagos-money-lenders",
        Q,
    ),
    (
        "id",
        C,
        [],
        "Pelanggan Yth, tgl pembayaran Anda adlh %s, sbsr Rp%d. Slkn atur dana Anda trlebih dhl. Smg hdp bhgia! VA:%s",
        "RupiahCepat micro-loan backend, i18n Go message catalogue (pre-due SMS), public GitHub file (stored index file id 45909444353)",
        P,
    ),
    (
        "id",
        C,
        [],
        "RupiahCepat:Pinjaman anda sdh jatuh tempo %dhr,ttl pengembalian %d,tlng skrng kembalianny agar tdk keberatan,%s VA%s",
        "RupiahCepat micro-loan backend, i18n Go message catalogue (overdue SMS), public GitHub file (stored index file id 45909444353)",
        P,
    ),
    (
        "id",
        C,
        [],
        "RupiahCepat:Anda sdh keterlambatan %dhr,ttl tagihan jd %d,tlng kembali segera agr tdk ganggu kredit selnjtny,%s VA%s",
        "RupiahCepat micro-loan backend, i18n Go message catalogue (overdue SMS), public GitHub file (stored index file id 45909444353)",
        P,
    ),
    (
        "id",
        C,
        [],
        'Pinjaman Anda sudah kedaluwarsa. Harap membayar tagihan sesegera mungkin supaya tidak mempengaruhi kredit Anda. Jika ada pertanyaan, harap periksa halaman "CARA PEMBAYARAN".',
        "RupiahCepat micro-loan backend, i18n Go message catalogue, MsgOverdue, public GitHub file (stored index file id 45909444353)",
        P,
    ),
    (
        "id",
        C,
        [],
        "Halo Bapak/Ibu {nama_lengkap}, kami dari Koperasi Assyifa menginfokan tagihan angsuran pinjaman Anda telah jatuh tempo sebesar Rp {sisa_pinjaman} ({hari_keterlambatan} hari). Mohon segera melakukan pembayaran. Terima kasih.",
        "Koperasi Assyifa cooperative loan app (PHP, string concatenated in code; variables shown as {placeholders}), public GitHub file (stored index file id 59048916161)",
        P,
    ),
    (
        "id",
        C,
        [],
        "Yth %s, pembayaran pinjaman Anda telah jatuh tempo pada %s dan belum kami terima. Mohon segera melakukan pembayaran melalui Virtual Account %s.",
        "lending backend buildOverdueMessage(), public GitHub file (stored index file id 53135766000)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Mkopo wako umechelewa kulipwa. Tafadhali lipa haraka.",
        "microfinance app overdue-loan notification string, public GitHub file (stored index file id 46762964438)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Habari {$loan->user->name}, Deni lako la mkopo namba {$loan->loan_number} linafikia TSh {$amountFormatted} na limeshindwa kwa siku {$daysOverdue}. Tafadhali fanya malipo mapema. Salio: TSh {$outstandingFormatted}. {$orgName}",
        "Tanzanian microfinance Laravel app overdue SMS, public GitHub file (stored index file id 37028906953)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Habari {name}, rejesho lako la TSH {amount} lililotakiwa tarehe {due_date} bado halijalipwa. Tafadhali lipa mapema. {company}.",
        "loan management system SMS template OVERDUE_REMINDER, public GitHub file (stored index file id 70267404083)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "MMS: Ndugu {}, tunakukumbusha rejesho lako la TZS {} kwa mkopo {}. Tafadhali fanya malipo kuepuka adhabu ya kuchelewa.",
        "microfinance system (MMS) repayment reminder SMS, public GitHub file (stored index file id 67456838172)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Habari ${n}, ni ${shop} hapa. Tunakukumbusha kwa upole deni lako la ${formatKsh(b)}. Ukipata nafasi, unaweza kulipa kwa M-Pesa. Asante kwa kuwa mteja wetu!",
        "Kenyan shop credit-book app, reminder template REM.sw[0], public GitHub file (stored index file id 71439835046)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "नमस्ते {name}, आपकी EMI ₹{emi} {date} को देय है। UPI से भुगतान करें: otocapital@ybl।",
        "Otocapital collections module, Hindi EMI reminder template, public GitHub file (stored index file id 54908887974)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "नमस्ते {name}, आपकी ₹{emi} की EMI अभी तक प्राप्त नहीं हुई। देर से बचने के लिए 3 दिन में भुगतान करें।",
        "Otocapital collections module, Hindi overdue EMI template, public GitHub file (stored index file id 54908887974)",
        P,
    ),
    (
        "fil",
        C,
        [],
        "Ang iyong utang kay ${debt.creditorName} ay dapat na bayaran ngayon!",
        "debt-tracker app push reminder (Filipino locale), public GitHub file (stored index file id 55610311628)",
        P,
    ),
    (
        "pcm",
        C,
        [],
        "Good day {name}, hope work dey go well. Na quick friendly reminder on top the ₦{formatted_amount}{items_phrase} balance with {business_name}. Abeg kindly help us do the transfer make we update your account record. Thank you for your continued patronage!",
        "Nigerian MSME invoice-reminder service, Pidgin POLITE fallback template, public GitHub file (stored index file id 60785010047)",
        P,
    ),
    (
        "pcm",
        C,
        [],
        "URGENT FINAL NOTICE: {name}, this na final follow-up on top the ₦{formatted_amount}{items_phrase} balance wey you dey owe {business_name}. Abeg make the transfer today sharp sharp make this matter no carry go next level. Send us payment receipt once you pay.",
        "Nigerian MSME invoice-reminder service, Pidgin STRICT fallback template, public GitHub file (stored index file id 60785010047)",
        P,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact"],
        "【悟空贷】【#name#】于【#date#】申请的【#account#】元，已过期【#day#】天，请转告其尽快通过平台进行操作处理。",
        "悟空贷 cash-loan admin panel (Vue), '逾期群发通知' SMS shown before bulk-sending to the borrower's top-10 call-log contacts (controller actionSendOverdueGroupMessages, MsgTemplate::OVERDUE_MASS), public GitHub files (stored index file ids 1615754138 and 1381408830)",
        P,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact"],
        "${name}的${yearmonth}应付金额为${account}，已过期${day}天，请转告其尽快进行操作处理。",
        "悟空贷 installment-loan backend, MsgTemplate::OVERDUE_MASS (Alidayu SMS template; bulk-sent to the borrower's call-log contacts), public GitHub files (stored index file ids 2083981258 and 2136670893)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的用户：您于${date}申请的${cash_account}元，已过期${day}天，请尽快通过平台进行操作处理。如已付款，无需理会。",
        "悟空贷 cash-loan backend, MsgTemplate::OVERDUE_NOTIFY (Alidayu template SMS_100780100, sent to the borrower), public GitHub file (stored index file id 2289003796)",
        P,
    ),
    (
        "zh",
        V,
        ["threat_arrest_or_criminal", "false_legal_action", "impersonation_official"],
        "各位借款人，“XXX”网贷平台涉嫌非法吸收公众存款已于2020年1月1日由杭州市公安局西湖区分局立案侦查，你通过“达飞云贷”办理的借款资金来自“玛瑙湾”平台，现还款通道已变更，请及时添加XX市公安局西湖区分局的微信小程序“智云易投信通”还款。如果对“智云易投信通”有任何疑问，可在工作时间拨打XX公安电话XXXXX咨询。公安机关将依法打击恶意逃废债行为，必要时将采取冻结查封借款人银行账户、支付宝账户及名下其它资产等措施。请各位借款人慎重考虑逃废债成本，依法依约进行还款",
        "debt-collection case-management system (Vue component 'usecontacts', collector SMS template list noteModle, template '催收1'; placeholders XXX/XX as in the code), public GitHub file (stored index file id 48034651340; same list in 47221176704)",
        P,
    ),
    (
        "zh",
        V,
        ["threat_arrest_or_criminal", "false_legal_action"],
        "严正提醒各位借款人，你在达飞云贷的借款已严重逾期将被列入上报征信和冻结名单，请立即添加杭州市公安局西湖区分局的微信小程序“智云易投信通”首页“还款通道”还款。任何妄图逃避债务的侥幸心理都是不可取的，公安机关将依法打击恶意逃废债行为。具体还款问题咨询可关注公众号“XXXX”或致电XXXX",
        "debt-collection case-management system (Vue component 'usecontacts', template '催收4'), public GitHub file (stored index file id 48034651340)",
        P,
    ),
    (
        "zh",
        V,
        ["false_legal_action", "threat_arrest_or_criminal", "false_urgency_or_misleading"],
        "借款人，你在达飞云贷平台申请的贷款严重逾期，现已纳入西湖公安数据库，请登录西湖公安微信小程序“西湖投信通”查询逾期信息并还款。具有还款能力而拒不还款的恶意逃废债行为将被列入失信联合惩戒对象名单，信用管理部门将失信信息纳入人行征信系统，同时不排除采取冻结支付宝以及银行账户等措施。具体还款问题咨询可关注公众号“XXXX”或致电XXXX",
        "debt-collection case-management system (Vue component 'usecontacts', template '逃废债短信2'), public GitHub file (stored index file id 48034651340)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "{0}先生/女士，您在易融花的借款已经逾期{1}天，请及时还款，以免影响个人信用！如已还清，请忽略~~可打开APP查看详情。",
        "易融花 (浙江) cash-loan backend, MsgTemplate.EXPIRE_SMS, GitHub gaolizhan/rongke, rongke-common/src/main/java/com/rongke/commons/constant/MsgTemplate.java",
        P,
    ),
    (
        "zh",
        C,
        [],
        "您有账单今天到期，为不影响征信，请及时操作处理。APP下载请关注微信公共号：浙江易融花。如已还清，请忽略。",
        "易融花 (浙江) cash-loan backend, MsgTemplate.NOW_DAY_NOTICE_REPAYMENT_SMS, GitHub gaolizhan/rongke, rongke-common/src/main/java/com/rongke/commons/constant/MsgTemplate.java",
        P,
    ),
    (
        "zh",
        C,
        [],
        "【佰仟租赁】[name]先生：您已严重逾期，我司通过多种方式均无法与您取得联系，请速联系我司协商还款事宜，否则我司有理由相信您故意拖欠融资租赁款项，我司将立即解除汽车融资租赁合同，同时您将承担由于不良信用记录引起的不良后果。详询4009987103【佰仟租赁】",
        "SMS industry-classification service test script (real received SMS samples in msg_list), public GitHub file (stored index file id 18717380174)",
        P,
    ),
    (
        "en",
        V,
        ["false_urgency_or_misleading"],
        "This is [name]. Please contact Red urgently. You must call today",
        "IVA.co.uk forum, 'Now it's debt collection - by text' (reproduces a UK newspaper report; text sent by RED, a Leeds collection agency acting for Capital One, to the debtor's ex-husband, followed by a reference number), http://www.iva.co.uk/forum/now-its-debt-collection-by-text-t3147",
        Q,
    ),
    (
        "zh",
        V,
        ["threat_arrest_or_criminal"],
        "借款人你好，“玛瑙湾”网贷平台涉嫌非法吸收公众存款已于2020年1月1日由XX市公安局西湖区分局立案侦查，你通过“达飞云贷”APP办理的借款资金均来自“XXX”平台，现还款通道已变更，请及时添加XX市公安局西湖区分局的微信小程序“智云易投信通”还款。公、检、法机关将依法严厉打击恶意逃废债行为",
        "debt-collection case-management system (Vue component 'usecontacts', template '逃废债短信1'), public GitHub file (stored index file id 48034651340)",
        P,
    ),
    (
        "zh",
        V,
        ["threat_arrest_or_criminal", "false_legal_action"],
        "严正提醒各位借款人，你在达飞云贷借款已严重逾期将被列入上报征信名单，请立即添加XXX公安局西湖区分局的微信小程序“智云易投信通”首页“还款通道”还款。公安机关将依法打击恶意逃废债行为，必要时将采取冻结查封借款人银行账户、支付宝账户及名下其它资产等措施。请各位借款人慎重考虑逃废债成本，依法依约进行还款。具体还款问题咨询可关注公众号“XXXX”或致电XXXX",
        "debt-collection case-management system (Vue component 'usecontacts', template '催收3'), public GitHub file (stored index file id 48034651340)",
        P,
    ),
    # Seventh collection (2026-11-28, session 4): public code and one regulator decision,
    # collected by a helper barred from the checker, packs and corpus; measured before any change.
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "false_urgency_or_misleading"],
        "{name}，以下信息稍后同发你亲人，十五分钟不处理，群发通讯录！",
        "collector SMS app for the 粒粒貸 cash loan, WindowUtil.onClick template1 (sent via smsto: to the borrower's mobile; variable parts shown as {placeholders}), public GitHub file com/example/sendoverdatamsg/WindowUtil.java (stored index file id 39716659479)",
        P,
    ),
    (
        "zh",
        V,
        ["insult_or_obscene", "public_shaming"],
        "{name}在粒粒贷上借了一笔{allMoney}元的借款，现因遇到困难无法偿还，携手全家女性为各位大哥，大叔，大爷，提供最优质的服务，服务口活，胸活，双飞，样样齐全，保证不爽不要钱，价格好商量，事后付款，也可上门服务，现在就拿起手中电话拨打全家骚热线电话{mobile}",
        "collector SMS app for the 粒粒貸 cash loan, WindowUtil.onClick template2 (defamatory 'advert' naming the borrower; {mobile} is the borrower's own number), public GitHub file com/example/sendoverdatamsg/WindowUtil.java (stored index file id 39716659479)",
        P,
    ),
    (
        "zh",
        V,
        ["insult_or_obscene", "third_party_disclosure_or_contact", "threat_violence"],
        "{name}，给粒粒贷这点钱今天2点前再不处理，我就打电话给你通讯录挨个草他们妈，然后说你借钱给他们家办葬礼，说了你还不起让他们全家女性去卖身给你还！",
        "collector SMS app for the 粒粒貸 cash loan, WindowUtil.onClick template3, public GitHub file com/example/sendoverdatamsg/WindowUtil.java (stored index file id 39716659479)",
        P,
    ),
    (
        "zh",
        V,
        ["insult_or_obscene", "third_party_disclosure_or_contact"],
        "{name}跟你好好说你不听是吧？ 一直电话不接信息不回，你如果想我辱骂你家人亲朋好友，全家女卖淫进棺材到地狱下油锅这种恶毒的话吗？如果你需要这种办法才会出来还款，我部门将会如你所愿， 这么大的人逃避有意思吗？ 欠钱是要还的，躲是躲不掉的，最后通知你明天中午之前！",
        "collector SMS app for the 粒粒貸 cash loan, ChooseActivity '模板9' (text as sent in onClick), public GitHub file com/example/sendoverdatamsg/ChooseActivity.java (stored index file id 39869500726)",
        P,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "public_shaming"],
        "最后通告：今天晚上6点前不处理欠款不再给脸！后果自负，不回复默认自行愿意承担一切后果！不处理者群发通讯录，父母手机，父母单位同事手机，亲朋好友手机，一切名誉损失自负！",
        "collector SMS app for the 粒粒貸 cash loan, ChooseActivity '模板10', public GitHub file com/example/sendoverdatamsg/ChooseActivity.java (stored index file id 39869500726)",
        P,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "public_shaming"],
        "这边是{platform}，马上就要过年了，逾期也就剩下了最后的几百来单，我们这个月是抱着给客户清账的态度来的，我们真心不想给用户留下后遗症，您也知道我们{platform}一直以来的做法，绝没动过通讯录就算今天逾期{overdue}天，不要让自己的债务及个人信息在外面转来转去，早点清账，过个好年，逾期费可以商量！与我联系！",
        "collector SMS app for the 粒粒貸 cash loan, ChooseActivity '模板12' (text as sent in onClick; {platform} is 粒粒貸 or 人人闪貸), public GitHub file com/example/sendoverdatamsg/ChooseActivity.java (stored index file id 39869500726)",
        P,
    ),
    (
        "zh",
        V,
        ["threat_violence"],
        "{name}，我这里粒粒貸的，今天继续不接电话不回信息，拒绝沟通，我只能把你的问题提交到催收公司了，就几百块钱的事，到时候发生什么不愉快的事情后果请自负，谢谢！",
        "collector SMS app for the 粒粒貸 cash loan, ChooseActivity '模板5' (commented-out case in onClick), public GitHub file com/example/sendoverdatamsg/ChooseActivity.java (stored index file id 39869500726)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "{name}，这里是{platform}，您在我们这里借钱{repaymoney}元，逾期{overdue}天，欠钱{allMoney}元，请您尽快还钱或与我们联系！",
        "collector SMS app for the 粒粒貸 cash loan, ChooseActivity '模板4(催促联系)', public GitHub file com/example/sendoverdatamsg/ChooseActivity.java (stored index file id 39869500726)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "{name}，这里是{platform}，您在我们这里借钱{repaymoney}元，逾期{overdue}天，欠钱{allMoney}元，请您尽快还钱或与我们联系，主动联系可以申请利息减免！（此短信3日内有效）\n【{platform}】",
        "collector SMS app for the 粒粒貸 cash loan, ChooseActivity '模板11' (text as sent in onClick), public GitHub file com/example/sendoverdatamsg/ChooseActivity.java (stored index file id 39869500726)",
        P,
    ),
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact"],
        "[蘑菇宝]尊敬的房东，您的租客${renterName}（${roomInfo}）${periodStage}月租金已逾期${overDue}天未还款，租金${capital}元，已产生逾期费用${penalty}元，共计${needPayTotalAmount}元，请协助催缴租金。",
        "Mogoroom 蘑菇宝 rent-installment loan, SMS template sms_pay_loan_landlord_overDue (sent to the renter's landlord), public GitHub SQL file 聚有财-租金宝、蘑菇宝管理模板 (mogoroomdb; stored index file id 1102774389)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "您${periodStage}月租金已逾期${overDue}天，当前账单欠款${needPayTotalAmount}元，其中本金${capital}元，逾期滞纳金${penalty}元，如已缴纳无需理会。",
        "Mogoroom 蘑菇宝 rent-installment loan, SMS template sms_pay_loan_renter_overDue (sent to the borrower), public GitHub SQL file (mogoroomdb; stored index file id 1102774389)",
        P,
    ),
    (
        "zh",
        V,
        ["false_urgency_or_misleading"],
        "尊敬的{}，您在“锦囊”借款现逾期共计{}元，逾期{}天。请尽快还款，否则我司将有权上传您的逾期信息至人行征信系统及征信黑名单。罚息详请见工资钱包“帮助中心”。客服热线021-53866655。[CANA金融]",
        "CANA金融 工资钱包/锦囊 payroll loan, VJSmsMessageTemplate.vj_more_overdue_repayment_remind_sms_message_content_template ('逾期3天以上'; {} = matchcharacters placeholder), public GitHub file com/cana/vbam/common/vj/template/VJSmsMessageTemplate.java (stored index file id 48352601230)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的{}，您在“锦囊”的借款共计{}元应在{}还款，现已逾期{}天，逾期总金额为{}元，已产生罚息，请立即还款，以免影响您的征信记录。罚息详请见工资钱包“帮助中心”。客服热线021-53866655。[CANA金融]",
        "CANA金融 工资钱包/锦囊 payroll loan, VJSmsMessageTemplate.vj_less_overdue_repayment_remind_sms_message_content_template ('逾期前1-3天'), public GitHub file com/cana/vbam/common/vj/template/VJSmsMessageTemplate.java (stored index file id 48352601230)",
        P,
    ),
    (
        "zh",
        V,
        ["false_urgency_or_misleading"],
        "还希望您珍惜您的信用，尽快处理欠款，否则我司将采用仲裁等法律手段予以追偿，被仲裁后将列入法院’老赖’黑名单，会严重影响您的生活出行。还请您严肃对待，立即处理欠款，再见。",
        "玖富万卡 collection voice-robot script line H '机器挂断3' (speaker label '机器人：' omitted), hangupDic in a dialogue-labelling script, public GitHub file (stored index file id 44406181848)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "请您慎重考虑，尽快还款，否则我司有权启动仲裁程序追缴欠款，仲裁机构可依据您签署的调解协议依法作出裁决，并向法院申请强制执行。谢谢，再见",
        "玖富万卡 collection voice-robot script line G '机器挂断2' (speaker label '机器人：' omitted), public GitHub file (stored index file id 44406181848)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "您好，这里是{{机构名称}}。您在{{平台名称}}的借款已逾期{days}天，逾期金额{amount}元。逾期将影响您的个人信用记录，并可能产生罚息。请您尽快安排还款。如有疑问，请联系客服{{客服电话}}。",
        "AI collection agent response templates, 'standard_reminder', public GitHub file (stored index file id 55644217307)",
        P,
    ),
    (
        "id",
        V,
        ["third_party_disclosure_or_contact"],
        "Yth {{ name }}, Kami blm trma pmbayaran Anda smp saat ini. Segera bayar {{due_amount}} sblm kami hub perusahaan & kerabat Anda. Trm ksh",
        "JULO SMS template sms_ptp_+5 (broken promise-to-pay, DPD 5-21; threatens to contact employer and relatives), GitHub sajinavi2006/julomvp, mvp/src/juloserver/juloserver/julo/templates/sms_ptp_+5.txt",
        P,
    ),
    (
        "id",
        V,
        ["false_urgency_or_misleading"],
        "Nsbh yth,angs {{payment_number}} Anda TERLAMBAT. Sgr byr {{due_amount}} ke {{bank_name}} a/n JULO no VA {{account_number}} agar tidak jadi masuk daftar hitam. WA CS 082211127334",
        "JULO experiment SMS template exp_sms_mtl_dpd_10 (company CS number kept), GitHub sajinavi2006/julomvp, mvp/src/juloserver/juloserver/julo/templates/exp_sms_mtl_dpd_10.txt",
        P,
    ),
    (
        "id",
        V,
        ["false_urgency_or_misleading"],
        "{{ first_name_with_title_sms }} Angsuran Anda lwt jatuh tempo sgr lunasi agar terhindar dr daftar hitam fintech. Hub: collections@julo.co.id. Bayar: julo.co.id/r/sms",
        "JULO SMS template mtl_sms_dpd_+7 as updated in a streamlined_communication data migration (msg33), GitHub sajinavi2006/julomvp (stored index file id 16539459241)",
        P,
    ),
    (
        "id",
        C,
        [],
        "Yth {{name}}, Kami blm trma pmbayaran yg Anda janjikan {{ due_date }} Sjmlh {{due_amount}}. Harap segera lakukan pbayaran. Trm ksh",
        "JULO SMS template sms_ptp_+1_3, GitHub sajinavi2006/julomvp, mvp/src/juloserver/juloserver/julo/templates/sms_ptp_+1_3.txt",
        P,
    ),
    (
        "id",
        C,
        [],
        "{{name}}. Lunasi tunggakan JULO Anda dan jaga kesempatan Anda untuk mengajukan pinjaman kembali. Hubungi collections@julo.co.id",
        "JULO SMS template sms_dpd_+21, GitHub sajinavi2006/julomvp, mvp/src/juloserver/juloserver/julo/templates/sms_dpd_+21.txt",
        P,
    ),
    (
        "id",
        C,
        [],
        "{{name}}. Angsuran JULO anda sudah TERLAMBAT 5 hari. Bantu kami untuk membantu Anda, hubungi kami di collections@julo.co.id, Segera bayar angsuran {{ payment_number }} berikut denda sebesar {{ due_amount }}. Cara bayar, cek aplikasi.",
        "JULO SMS template old_sms_dpd_+5, GitHub sajinavi2006/julomvp, mvp/src/juloserver/juloserver/julo/templates/old_sms_dpd_+5.txt",
        P,
    ),
    (
        "id",
        C,
        [],
        "{{name}}. 99% pelanggan kami sdh melakukan pembayaran angsuran per hari ini. Tanggung jawab di hal kecil akan membawa kepercayaan untuk hal besar. Bayar Angsuran {{ payment_number }} Anda {{due_amount}} segera. Cara bayar,  cek aplikasi.",
        "JULO SMS template sms_dpd_+3, GitHub sajinavi2006/julomvp, mvp/src/juloserver/juloserver/julo/templates/sms_dpd_+3.txt",
        P,
    ),
    (
        "id",
        C,
        [],
        "{{name}} menunda pembayaran yang dilakukan oleh orang mampu merupakan suatu ketidakadilan, segera bayar kewajiban Anda, cek aplikasi.",
        "JULO SMS template sms_dpd_+7 (StreamlinedMessage sms_dpd_plus7) in a streamlined_communication data migration, GitHub sajinavi2006/julomvp (stored index file id 16106053867)",
        P,
    ),
    (
        "id",
        C,
        [],
        "Nsbh yth,mendekati gajian,harap byr angs tertunggak Anda {{due_date}} ke {{bank_name}} a/n JULO no VA {{account_number}} agar tdk tambah berat. WA CS 082211127334",
        "JULO experiment SMS template exp_sms_mtl_dpd_21, GitHub sajinavi2006/julomvp, mvp/src/juloserver/juloserver/julo/templates/exp_sms_mtl_dpd_21.txt",
        P,
    ),
    (
        "id",
        C,
        [],
        "Yth {{fullname}}, sy Ani dr JULO. Mengingatkan pinjaman Anda {{due_amount}} jatuh tempo pada {{due_date}}.\r\n\r\nSilakan lakukan pembayaran ke Virtual Account {{bank_name}}: {{virtual_account_number}}.\r\n\r\nWhatsapp pertanyaan anda ke {{collection_whatsapp}}. Cek aplikasi untuk metode pembayaran lainnya. Informasi cara bayar cek di www.julo.co.id/cara-membayar.html",
        "JULO WhatsApp template wa_stl_payment_reminder (DPD -5 to 0), streamlined_communication data migration, GitHub sajinavi2006/julomvp (stored index file id 16106053867)",
        P,
    ),
    (
        "id",
        C,
        [],
        "Pinjaman anda telah jatuh tempo,untuk mencegah pemotongan poin anda, silahkan langsung melakukan pelunasan secepatnya.",
        "Indonesian cash-loan app (com.zhengshun.touch) MsgUtils.STATE_DELAY_APP, overdue status/app message, public GitHub file com/zhengshun/touch/api/common/MsgUtils.java (stored index file id 6840290340)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "HARAKA: Malipo yako ya mkopo ya %s %.2f yamechelewa (Kumb: %s). Tafadhali lipa mara moja kuepuka adhabu.",
        "microvault loan SMS notifier, swahiliLoanTemplates RepaymentOverdue (two string literals joined), GitHub Shamba-Records-Limited/microvault, pkg/notifications (stored index file id 57999946238)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Mkopo wako (Kumb: %s) umewekwa alama ya kutolipwa. Hii itaathiri alama yako ya mkopo. Tafadhali wasiliana na msaada.",
        "microvault loan SMS notifier, swahiliLoanTemplates Failed (credit-default notice), GitHub Shamba-Records-Limited/microvault, pkg/notifications (stored index file id 57999946238)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "SUPAFUNDI: Habari {{name}}, deni lako ni {{balance}}. Tafadhali lipa haraka iwezekanavyo. Simu: {{shopPhone}}. Asante.",
        "Tanzanian shop credit app, DEFAULT_CREDIT_SMS_TEMPLATE, public GitHub file (stored index file id 67052585855)",
        P,
    ),
    (
        "sw",
        C,
        [],
        'Habari yako ${string.removeCase(customer.name, "snake_case").toUpperCase()}, duka la ${string.removeCase(branch.name, "snake_case").toUpperCase()} wanakukumbusha kulipa deni lako la TZS ${numeral(totalDebt).format("0,0")}, kwa maelezo zaidi wasiliana na ${branch.phone_number}.',
        "Tanzanian shop debt-reminder SMS built in code (template literal, variable expressions kept as in code), public GitHub file (stored index file id 36127102703)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Habari, huu ni ukumbusho wa deni lako. Tafadhali lipa kwa wakati. Asante.",
        "Duka Langu SMS centre, template 'Ukumbusho wa Deni', public GitHub file (stored index file id 59145306591)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Unakumbushwa kurejesha deni lako la Tsh 27330 la SONGESHA",
        "SMS pattern engine of a Tanzanian finance-tracking app, comment quoting a real HaloPesa/M-Pesa SONGESHA loan reminder, public GitHub file com/smsfinance/util/SmsPatternEngine.kt (stored index file id 53842317094)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "Namaste {{customer_name}}, aapka loan instalment ₹{{amount}} {{due_date}} ko due hai. Loan {{loan_number}}. - {{org_name}}",
        "Indian credit-society collection app, NOTIFICATION_TEMPLATES loan.instalment_due (SMS, Hinglish), public GitHub seed file (stored index file id 70935302501)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "आपके व्यक्तिगत ऋण का भुगतान 87878 को देय है। आपकी ईएमआई 7878 रुपये है। कृपया देरी शुल्क से बचने के लिए जल्दी भुगतान करें. अनदेखा करें, यदि पहले से ही भुगतान किया गया है। कृपया अपनी किस्त को नीचे दिए गए बैंक विवरणों में स्थानांतरित करें।Trishodaya Micro Association",
        "Trishodaya Micro Association EMI reminder SMS (sender ID TRISMA; numbers are test values in the code), commented-out SMS call in a Laravel loan controller, public GitHub file (stored index file id 18936076519)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "आपकी ईएमआई ${amt} अतिदेय है। डिवाइस लॉक से बचने के लिए अभी भुगतान करें।",
        "phone-EMI device-lock app, bodyHi() OVERDUE reminder (push/voice), public GitHub file (stored index file id 70818690980)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "आपकी किस्त बकाया है। कृपया समय पर भुगतान करें।",
        "phone-EMI device-lock app, localized overdue copy (hi), public GitHub file (stored index file id 71076241386)",
        P,
    ),
    (
        "pcm",
        C,
        [],
        "You dey owe  {}. Make you pay your current loan before You go fit request for Upgrade",
        "BOI-GEEP MarketMoni (Nigerian government trader loan) WhatsApp bot, LoanUpgrade.greet reply, public GitHub file Marketmoni.py (stored index file id 32284060445)",
        P,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Good Day! may we ask for your assistance regarding one of your friend/colleague/relative of [name] to relay to the person to coordinate with us the soonest time possible likewise, the person may refer to all our contact details indicated herewith. Thanks and hoping for your urgent feedback. Please look for any officer of under legal counsel of [name] Tel. no. XXX/XXX.",
        "Philippine National Privacy Commission decision NPC 21-054, RGC v. JK Incorporated & Recovery, Inc. (PSBank collection agency), message sent to the complainant's relatives and friends, https://scribd.com/document/708851504/NPC-21-054-RGC-v-JK-Incorporated-and-Recovery-Inc",
        Q,
    ),
    (
        "en",
        C,
        [],
        "URGENT: Your loan payment of %s %.2f is overdue (Ref: %s). Please pay immediately to avoid penalties.",
        "microvault loan SMS notifier, DefaultLoanTemplates RepaymentOverdue (two string literals joined), GitHub Shamba-Records-Limited/microvault, pkg/notifications (stored index file id 57999946238)",
        P,
    ),
    # Seventh collection (session 8, 2026-11-29): two helpers barred from the checker, the
    # packs and the corpus; their labels and doubts kept as given.
    # Vague intimidation; no explicit violence named.
    (
        "en",
        V,
        ["threat_violence"],
        "You will regret collecting this loan now.",
        "Nairametrics, 'Loan apps defy FCCPC as customer defamation and harassment continues' (9jcash message shown to Nairametrics), https://nairametrics.com/2023/07/09/loan-apps-defy-fccpc-as-customer-defamation-and-harassment-continues",
        Q,
    ),
    # Implied threat of reputational exposure.
    (
        "en",
        V,
        ["public_shaming", "false_urgency_or_misleading"],
        "Our agents have been calling and yet payment has not been made. Make a transfer now to the Wema Bank account provided and save your reputation. Failure to make payment now might ruin your reputation and respect. Do the right thing now and clear your debt.",
        "Nairametrics, NowNowmoney message to customer, https://nairametrics.com/2023/07/09/loan-apps-defy-fccpc-as-customer-defamation-and-harassment-continues",
        Q,
    ),
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "public_shaming", "insult_or_obscene"],
        "It is either you make your payment now or face the consequences because we are sick and tired of your lies, your BVN will be exposed, and your account placed on auto debit. Your contacts will be informed of your shameful exhibition…Please be warned.",
        "Nairametrics, Steady Cash message to customer, https://nairametrics.com/2023/07/09/loan-apps-defy-fccpc-as-customer-defamation-and-harassment-continues",
        Q,
    ),
    # Article splits the message over three quoted paragraphs; opening quotation marks of each p
    # aragraph dropped.
    (
        "en",
        V,
        [
            "third_party_disclosure_or_contact",
            "public_shaming",
            "false_urgency_or_misleading",
            "threat_arrest_or_criminal",
        ],
        "It’s almost 11:47pm and your payment has not been made. The system will forward messages to 50 of your contacts along with this message: This is to inform the general public that (your name with phone number) has tested positive to HIV/AIDS and escaped from the healthcare facility with the mindset of infecting the public.\n\nKindly avoid her and contact the nearest police station or healthcare center so she can be apprehended and taken back to the care center.\n\nIf your payment is not seen before 3pm,\ndon’t say you were not told and don’t dare us,",
        "TheLead, 'How Loan Firm Falsely Labelled Customer HIV/AIDS Positive Over N14,500 Debt' (DELOAN message), https://thelead.ng/how-loan-firm-falsely-labelled-customer-hiv-aids-positive-over-n14500-debt/",
        Q,
    ),
    # Illustrative example of a common collector text; 'immediately' is mild urgency.
    (
        "en",
        C,
        [],
        "This is an attempt to collect a debt. Call 1-800-XXX-XXXX immediately.",
        "Consumer Rights Law Firm, 'The New Tactic: Debt Collectors Using Text Messages to Harass You' (typical collection text), https://consumerlawfirmcenter.com/the-new-tactic-debt-collectors-using-text-messages-to-harass-you",
        P,
    ),
    # SEO explainer page; platform name stripped in source text. Disclosure of borrower's overdu
    # e debt to emergency contact.
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact"],
        "尊敬的紧急联系人您的朋友/家人已在平台上逾期还款,请您协助提醒他尽快解决。",
        "冠县网(guanxian.org)《逾期给联系人发短信的内容》示例, http://guanxian.org/consult/yqdongtai/480745.html",
        P,
    ),
    # Addressed to the emergency contact (third party), threatening them with litigation; source
    # text is garbled ('涵但不限于') and copied as-is.
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "false_legal_action"],
        "假使您不配合解决,咱们将不得不采用进一步行动,涵但不限于法律诉讼。",
        "冠县网(guanxian.org)《逾期给联系人发短信的内容》示例(发给紧急联系人), http://guanxian.org/consult/yqdongtai/480745.html",
        P,
    ),
    # Platform name missing in source ('您在的借款'), copied as-is.
    (
        "zh",
        C,
        [],
        "尊敬的客户:您好!您在的借款已逾期未还款,请尽快偿还欠款,以免产生不必要的逾期费用。",
        "tsxnews.com.cn 逾期短信内容分析示例, http://tsxnews.com.cn/2024falv/baiye/yqpt/405543.html",
        P,
    ),
    # Page calls it a real case but is an SEO site; provenance weak. Misleading claim of police
    # report/case filing.
    (
        "zh",
        V,
        ["false_legal_action", "threat_arrest_or_criminal", "impersonation_official"],
        "您因信用卡逾期未还,已被我司报案,如不立即还款,将启动立案程序。",
        "冠县网(guanxian.org)《公司发来的已报案短信真实性》案例(1068开头号码短信), http://www.guanxian.org/consult/yqdongtai/29882.html",
        Q,
    ),
    # Article discusses it as a possibly fake/scam text; wording itself (credit reporting, legal
    # measures) is something a lawful lender could send if true.
    (
        "zh",
        C,
        [],
        "您在XX银行的贷款已严重逾期,请立即还款,否则将上报征信并采取法律措施!",
        "523it.com 律师文章《贷款逾期短信是真的吗?》所举短信, https://www.523it.com/g/104997.html",
        P,
    ),
    # Article treats such texts as pressure tactics; label assumes statements are true.
    (
        "zh",
        C,
        [],
        "您在XX平台的贷款已严重逾期,即将上报征信,请立即还款,否则将采取法律手段!",
        "523it.com 律师文章《收到“贷款严重逾期”短信别慌》所举短信, https://www.523it.com/g/106440.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "【催款通知】尊敬的XXX先生/女士,我们为XXX公司,您曾向我们借款尚未归还。请您尽快处理款项,以免影响信用记录。如您对此有疑问,请回复或致电XXX-XXXX-XXXX与我们联系。感谢您的理解与配合。",
        "271shop.com《收到个不认识人的催款短信》核心提示, https://www.271shop.com/news/627346.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的XXX先生/女士,我是XX银行催收部门的XXX,您在我们银行有一笔贷款已逾期未还,请您尽快归还欠款,欠款金额为XXXX元,逾期罚息为XX%,为避免产生更多费用并保护您的信用记录,请您在XX日期前归还,如有任何疑问,请联系我,我的联系电话是XXXXXXXXXXX,谢谢!",
        "qq959.com《催收人员发送的短信内容》催收短信示例, https://www.qq959.com/news/806020.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的客户,您好!根据我们的记录,您的借款已经逾期,请尽快还款以避免逾期利息。",
        "gilt360.cn《逾期催收短信有哪些?》催收提醒短信模板, http://gilt360.cn/fb2b4C2pWVwdXBFc.html",
        P,
    ),
    (
        "zh",
        C,
        [],
        "尊敬的客户,您好!根据我们的记录,您的借款已逾期超过15天,请您尽快还款,否则将影响您的信用记录。",
        "gilt360.cn《逾期催收短信有哪些?》逾期警告短信模板, http://gilt360.cn/fb2b4C2pWVwdXBFc.html",
        P,
    ),
    # Republished copy of Guardian article; wording identical to original for this quote.
    (
        "en",
        V,
        ["threat_violence"],
        "I will destroy your life",
        "Republication of The Guardian, 'Their weapon is your shame: toxic abuse from Nigeria's loan sharks' (E. Akinwotu, 2022), WhatsApp messages from quick-loan debt collectors to Shayo Adebayo, https://www.yanistoneart.com/their-weapon-is-your-shame-toxic-abuse-by-nigerian-loan-sharks-nigeria/",
        Q,
    ),
    # Neutral on its face; the blog argues it can be deceptive if the consumer had already asked
    # the collector to stop texting.
    (
        "en",
        C,
        [],
        "Thank you for your response. If you do not wish to receive further messages, reply STOP to stop.",
        "Hyslip Legal blog, 'Reply STOP' follow-up text from a debt collector, https://hyslip-legal-astro.pages.dev/blog/reply-stop-debt-collector-violation/",
        P,
    ),
    # SEO explainer with a generic 'case'; debt-related threat text, provenance weak; private de
    # bt rather than a licensed lender.
    (
        "zh",
        V,
        ["threat_violence"],
        "我要你付出代价",
        "thegrowersedgeonline.com《短信恐吓威胁罪怎么判?》案例二(乙某因债务问题多次向丙某发送的威胁短信), https://www.thegrowersedgeonline.com/html/guojiduanxin/duanxinkongxiaweixiezuizenmepan_falvjieduyuanlifenxi_19425.html",
        P,
    ),
    # Fragment given as an example of illegal SMS wording when no real case number/court is prov
    # ided; page has encoding artifacts elsewhere.
    (
        "zh",
        V,
        ["false_legal_action"],
        "已提交法院立案",
        "ddtianqi.cn 合法/非法催收短信对比文章,'非法催收短信的常见特征—威胁性语言'示例, http://www.ddtianqi.cn/?p=16784",
        P,
    ),
    # Fragment quoted as typical wording of threatening debt-collection SMS (alongside '24小时内处理'
    # ).
    (
        "zh",
        V,
        ["threat_home_or_workplace_visit", "false_urgency_or_misleading"],
        "将派工作人员上门",
        "taozhai.zhenggang.org 关于收到讨债公司'上门收债'威胁短信的文章, http://taozhai.zhenggang.org/archives/1104",
        P,
    ),
    # Pre-due reminder.
    (
        "zh",
        C,
        [],
        "亲爱的用户，您有账单将于3天后即{0}到期，请及时操作处理，可打开APP查看详情。",
        "GitHub gaolizhan/rongke (易融花 lending app), rongke-common/src/main/java/com/rongke/commons/constant/MsgTemplate.java THREE_DAY_NOTICE_REPAYMENT_SMS, https://github.com/gaolizhan/rongke",
        P,
    ),
    # App push notification rather than SMS.
    (
        "zh",
        C,
        [],
        "亲爱的用户，您有账单今天到期，请及时操作处理。您还可以选择续期，请打开APP查看详情。",
        "GitHub gaolizhan/rongke (易融花 lending app), rongke-common/src/main/java/com/rongke/commons/constant/PushTemplate.java NOW_DAY_NOTICE_REPAYMENT_PUSH_CONTENT (app push), https://github.com/gaolizhan/rongke",
        P,
    ),
    # EXPIRING_ORDER_TEMPLATE constant; the code's separate SMS_PREFIX is '【币币贷】'. Crypto-collat
    # eral loan platform.
    (
        "zh",
        C,
        [],
        "您的订单即将到期，请及时还款，订单号:%s",
        "GitHub peizihui/erc-bibidai-back, src/main/java/com/theforceprotocol/bbd/consts/SmsTemplates.java (SMS_PREFIX + EXPIRING_ORDER_TEMPLATE), https://github.com/peizihui/erc-bibidai-back",
        P,
    ),
    # SMS vendor template for overdue invoices (business debt, not consumer loan).
    (
        "en",
        C,
        [],
        "Hello [Client Name],\n\nThis is [Associate Name] with [Company Name].\n\nAccording to our records, Invoice [#] is overdue as of yesterday. Currently, there is a balance due of [amount].\n\nI’ve attached the invoice and payment options here [insert invoice link].\n\nIf you have any questions or concerns, please reach out to us.\n\nThank you for your time.\n\n[First name]",
        "CloudContactAI, '4 Payment Request Templates that Won't Make You Sound Pushy' (One Day Overdue Reminder Template), https://www.cloudcontactai.com/4-payment-request-templates",
        P,
    ),
    # SMS vendor template; whitespace as on page.
    (
        "en",
        C,
        [],
        "Hi, [Client Name]!\n\nThis is [Associate Name] with [Company Name].\n\nPayment for Invoice [#] of [invoice amount] is one week overdue.\n\nYou can make your payment here: [Link to payment].\n\nIf there is anything we can do to assist you in getting this settled, please reach out! \n\n Thank you for your time.\n\n[first name]",
        "CloudContactAI, '4 Payment Request Templates that Won't Make You Sound Pushy' (One-Week Overdue Reminder Template), https://www.cloudcontactai.com/4-payment-request-templates",
        P,
    ),
    # Transcribed from a video demo of a WhatsApp loan reminder; amount spelled out in the trans
    # cript.
    (
        "en",
        C,
        [],
        "Hi there, this is a reminder for payment of car loan which is due on September 23 for an amount of three thousand dollars",
        "GitHub sieve-data/tubegraph, content/theaccountantguy/using_templates_for_loan_reminders.md (transcript of WhatsApp debt payment reminder demo), https://github.com/sieve-data/tubegraph",
        P,
    ),
    # Low-quality scraped page; typo '{DUTE DATE}' kept as in source; sentence may be truncated
    # from a longer template.
    (
        "en",
        C,
        [],
        "Dear {NAME}, we would like to remind you that the amount {SUM} was due for payment on {DUTE DATE}.",
        "Scraped/spun page reproducing TextMagic debt collection text message samples, http://stpauloptimists.org/the-essential-esijed/debt-collection-text-messages-sample-d050ec",
        P,
    ),
    # Fragment only (the text gave a phone number to call 'ASAP to avoid referral to debt collec
    # tors'); Which? frames it as an alarming threat over a small sum, but referral is a lawful
    # step.
    (
        "en",
        C,
        [],
        "ASAP to avoid referral to debt collectors",
        "Which? Conversation, 'Debt threats and harassment from debt collectors' (text from a car-sharing firm about £12 unpaid charges), https://conversation.which.co.uk/money/debt-threats-harassment-debt-collectors/",
        Q,
    ),
    # Article discusses such texts when the recipient never borrowed; wording itself is a standa
    # rd reminder.
    (
        "zh",
        C,
        [],
        "您在某平台的贷款已逾期,请尽快还款,否则将影响征信!",
        "523it.com《老收贷款逾期短信?别慌!先搞清是真是假》所举短信, https://www.523it.com/g/91458.html",
        P,
    ),
    # Article suggests it may be a scam; compliant only if debt and stated consequences are real
    # .
    (
        "zh",
        C,
        [],
        "尊敬的客户,您在我司的贷款已连续逾期3天,剩余本金XX万元,请立即还款,否则将上报征信并启动法律程序。",
        "523it.com《收到贷款逾期短信别慌!是真是假?》所举短信, https://www.523it.com/g/87327.html",
        P,
    ),
    # Article calls it 'more frightening'; notice of assignment to an agency is lawful if true.
    (
        "zh",
        C,
        [],
        "因您长期拖欠,我方已委托第三方催收公司介入,请注意查收函件!",
        "523it.com《贷款逾期发的短信可信吗?》所举短信, https://www.523it.com/g/90141.html",
        P,
    ),
    # Page says many people received such 'XX金融' texts ('内容大致是'), so wording is approximate; low
    # -quality SEO page.
    (
        "zh",
        V,
        ["threat_home_or_workplace_visit", "false_urgency_or_misleading"],
        "您已逾期,请立即应对否则将派专员上门",
        "buycar.yuqi.tlcl.net.cn 关于'XX金融'上门催收短信的文章, http://buycar.yuqi.tlcl.net.cn/xyqaa-18959160.html",
        P,
    ),
    # Fragment of SMS wording quoted by the article; article notes 司法局 has nothing to do with de
    # bt disputes.
    (
        "zh",
        V,
        ["impersonation_official", "false_legal_action"],
        "限期到户籍地司法局报备",
        "mianjianghao.com《逾期短信让回户籍地报备?别慌!》, https://mianjianghao.com/zhudai/52997.html",
        P,
    ),
    # Article splits the message around 'a recent message reads'; joined at the article's comma.
    # Borderline: aggressive caps and 'TOUGH' recovery wording, but notice of referral to a rec
    # overy agency is lawful; could be argued false_urgency.
    (
        "en",
        C,
        [],
        "You haven’t PAID A SINGLE cent of TALA LOAN, TAKE NOTE your DETAILS are with TOUGH SKIP-TRACE & RECOVERY, PAY NOW.",
        "Bloomberg Businessweek (Zeke Faux), 'Tech Startups Are Flooding Kenya With Apps Offering High-Interest Loans' (text sent on behalf of Tala to a Kitale borrower), https://www.bloombergquint.com/amp/businessweek/tech-startups-are-flooding-kenya-with-apps-offering-high-interest-loans",
        Q,
    ),
    # Quoted by the law firm as a common pressure tactic ('almost always a pressure tactic'), no
    # t tied to a specific sender.
    (
        "en",
        V,
        ["threat_arrest_or_criminal", "false_legal_action"],
        "We will have you arrested today",
        "Respicio & Co. commentary, 'Handling Threats from Online Loan Apps Affecting Employment' (typical loan-app threat quoted), https://www.respicio.ph/commentaries/handling-threats-from-online-loan-apps-affecting-employment",
        P,
    ),
    # '张三' is a generic placeholder name in the source, kept; fragment of a typical overdue SMS
    # opening.
    (
        "zh",
        C,
        [],
        "尊敬的客户张三您于2024年1月1日借款的10万元已逾期。",
        "yanggu.tv《逾期短信内容解读》借款人信息示例, https://yanggu.tv/webgov/yqdongtai/547153.html",
        P,
    ),
    # Traditional-character page; closing punctuation after final 'XXX' is an encoding artifact
    # ('?!') and was omitted.
    (
        "zh",
        C,
        [],
        "尊敬的XX:您于2025年3月申請的借款(合同編號XXX)已逾期15天,應還金額XXX元。請于2025年4月15日前還款,以免影響征信。詳詢客服:XXX",
        "ddtianqi.cn《合法催收短信的參考模板》初次提醒, http://www.ddtianqi.cn/?p=16784",
        P,
    ),
    # WhatsApp group title rather than a message body; 'Claire' is the article's pseudonym.
    (
        "en",
        V,
        ["public_shaming", "third_party_disclosure_or_contact"],
        "Fundraising for Claire to repay Best Loan",
        "D+C (dandc.eu), 'The dubious practices of digital money lenders' (Uganda; title of WhatsApp group a lending app added the borrower to), https://dandc.eu/en/article/customers-complain-about-dubious-methods-used-money-lending-apps-claim-their-money-back",
        Q,
    ),
    # Trailing comma of the article's quotation dropped. Fake 'tim cyber' / KTP-blocking threat;
    # article says nothing happened after the deadline.
    (
        "id",
        V,
        ["false_urgency_or_misleading"],
        "Keterlambatan tagihan Anda sudah sangat tidak wajar. Tim cyber kami akan melakukan verifikasi KTP Anda. Jangan salahkan kami jika data Anda tidak bisa dipakai lagi untuk pengajuan pinjaman atau kredit karena akan diblokir",
        "Poskota 24 Apr 2025, WhatsApp from a pinjol collector to advocate 'Abah' Jamal (via Jamal Official Vlog), https://poskota.co.id/2025/04/24/pinjol-dikabarkan-bentuk-tim-siber-untuk-lacak-debitur-gagal-bayar-begini-kata-pengamat?halaman=all",
        Q,
    ),
    # Second sentence of the same message as the previous line; vague intimidation ('tindak deng
    # an tegas'); trailing comma dropped.
    (
        "id",
        V,
        ["false_urgency_or_misleading", "threat_violence"],
        "Jika tidak ada pembayaran maka kami anggap Anda menantang perusahaan dan akan kami tindak dengan tegas",
        "Poskota 24 Apr 2025, continuation of the same collector WhatsApp, https://poskota.co.id/2025/04/24/pinjol-dikabarkan-bentuk-tim-siber-untuk-lacak-debitur-gagal-bayar-begini-kata-pengamat?halaman=all",
        Q,
    ),
    # Quoted by a commentator as the stock closing sentence DCs use, not a single dated message;
    # he says the threatened legal process never happens. Label depends on intent: a genuine in
    # tent to sue would be lawful.
    (
        "id",
        V,
        ["false_legal_action"],
        "Kalau Anda tidak bayar, maka akan segera kami proses secara hukum.",
        "Poskota 20 Apr 2025, closing line of DC messages as quoted by advocate/YouTuber Abah, https://poskota.co.id/2025/04/20/dc-pinjol-ancam-jalur-hukum-terhadap-nasabah-gagal-bayar-begini-faktanya/amp",
        P,
    ),
    # Fragment of the email only (the article quotes this clause); the same email announced dire
    # ct collection at the KTP home/work address.
    (
        "id",
        V,
        ["false_legal_action", "false_urgency_or_misleading"],
        "investigasi terhadap utang Anda akan kami mulai hari ini",
        "Poskota 17 May 2025, viral email from an illegal pinjol shared in FB group Raja Galbay, https://www.poskota.co.id/2025/05/17/kenali-ancaman-berkedok-investigasi-taktik-penagihan-pinjol-yang-meresahkan/amp",
        Q,
    ),
    # By itself a plain repayment demand; the surrounding email was intimidating, so a context-a
    # ware checker may see it differently.
    (
        "id",
        C,
        [],
        "Intinya kembalikan atau bayarkan uang yang sudah Anda gunakan beserta ketentuan yang berlaku.",
        "Poskota 17 May 2025 (page 2), sentence from the same viral 'investigasi' email, https://www.poskota.co.id/2025/05/17/kenali-ancaman-berkedok-investigasi-taktik-penagihan-pinjol-yang-meresahkan?halaman=2",
        Q,
    ),
    # Given as a typical DC threat; unclear whether spoken at the door or written.
    (
        "id",
        V,
        ["threat_home_or_workplace_visit", "threat_violence"],
        "Nanti akan datang orang yang lebih galak",
        "Poskota 22 May 2025, explainer on field DC visits, example of a DC threat, https://www.poskota.co.id/2025/05/22/berapa-kali-debt-collector-pinjol-boleh-datang-ketahui-hak-nasabah-yang-dilindungi-ojk?halaman=2",
        P,
    ),
    # Recounted by the recipient; may be a paraphrase of the message. Sent to a third party alon
    # g with a humiliating photo of the borrower.
    (
        "id",
        V,
        ["third_party_disclosure_or_contact", "public_shaming"],
        "Bilang sama temannya untuk segera melunasi utangnya",
        "Republika 24 Dec 2021, message received by Tika (Batam) together with a revealing photo of her acquaintance, https://fbeta.republika.co.id/berita/r4lgjf396/perang-melawan-pinjaman-daring-ilegal-pada-2021",
        Q,
    ),
    # From a demo/hobby pawnshop system on GitHub, not a known licensed lender. PHP placeholders
    # kept as in source.
    (
        "id",
        C,
        [],
        "PEGADAIANKU: PENTING! {$transaction->customer->name}, transaksi {$transaction->transaction_code} telah melewati batas waktu maksimal. Barang gadai akan diproses untuk lelang. Hubungi kami segera.",
        "PEGADAIANKU pawnshop-management app, auction-notice SMS template in NotificationService.php, https://github.com/ronaldiputra92/pegadaianku/blob/9d01aa3d9163b9982b09ec3d337c40273a5ba828/app/Services/NotificationService.php",
        P,
    ),
    # Same demo app; PHP \n escapes rendered as newlines.
    (
        "id",
        C,
        [],
        "🔨 *PEMBERITAHUAN LELANG*\n\nHalo {$transaction->customer->name},\n\nTransaksi gadai Anda:\n📋 Kode: {$transaction->transaction_code}\n\nTelah melewati batas waktu maksimal (120 hari). Barang gadai akan diproses untuk lelang.\n\n*HUBUNGI KAMI SEGERA* untuk penyelesaian.\n\n*PEGADAIANKU*",
        "PEGADAIANKU pawnshop-management app, auction-notice WhatsApp template, https://github.com/ronaldiputra92/pegadaianku/blob/9d01aa3d9163b9982b09ec3d337c40273a5ba828/app/Services/NotificationService.php",
        P,
    ),
    # Company employee-loan (not a licensed lender); the '...' is in the source template; bracke
    # ted placeholders are the source's.
    (
        "id",
        C,
        [],
        "💼 *NOTIFIKASI PENAGIHAN PINJAMAN* 💼\n_Dari: Manajemen Keuangan Bumi Sultan Properti_\n\n👤 *DATA PEMINJAM:*\nNama: *[Nama Peminjam]*\nNo. Pinjaman: *[Nomor Pinjaman]*\n\n📊 *DETAIL CICILAN:*\nCicilan Ke: *[Cicilan Ke]*\nNominal Cicilan: *Rp [Nominal]*\nTgl Jatuh Tempo: *[Tanggal]*\nStatus: *⚠️ TERTUNDA [N] HARI*\n\n💰 *RINGKASAN PINJAMAN:*\nTotal Pinjaman: *Rp [Total]*\nSisa Pinjaman: *Rp [Sisa]*\nTerbayar: [Persentase]% ✅\n\n⚠️ *TINDAKAN YANG DIPERLUKAN:*\nKami dengan hormat meminta Bapak/Ibu segera melakukan pembayaran cicilan...\n\n📝 *INFORMASI PEMBAYARAN:*\n• Pembayaran dapat dilakukan melalui transfer bank ke rekening yang terdaftar\n• Detail rekening tujuan tersedia dalam dokumen pinjaman (file PDF terlampir)\n• Jika ada kendala pembayaran, silakan hubungi bagian keuangan\n• Ketertundaan pembayaran dapat mempengaruhi catatan kredit Anda\n\n📎 *LAMPIRAN DOKUMEN:*\nFile PDF detail pinjaman sudah kami sertakan untuk referensi Anda.\n\nTerima kasih atas perhatian dan kerjasama Anda.\n\n*Regards,*\nTim Manajemen Keuangan\n🏢 Bumi Sultan Properti",
        "Bumi Sultan Properti internal employee-loan system, WhatsApp collection template in feature doc, https://github.com/yandimulyadi331-jpg/BUMISULTAN/blob/e65d6e9719a94b800d9ad23d99691b0382a36a99/FITUR_PENAGIHAN_PINJAMAN_JATUH_TEMPO.md",
        P,
    ),
    # Riding-in-tandem = motorcycle gunmen; implied death threat.
    (
        "fil",
        V,
        ["threat_violence", "threat_home_or_workplace_visit"],
        "Abangan mo na ang riding-in-tandem malapit na sa bahay mo",
        "GMA Balitambayan (24 Oras Weekend), messages sent to non-paying borrowers by a Makati online lending company raided by PAOCC/PNP-ACG/SEC, quoted by PAOCC spokesman Winston Casio, https://gmanetwork.com/news/balitambayan/balita/885903/rendon-labador-kasama-sa-pagsalakay-ng-mga-awtoridad-sa-online-lending-company-na-nangha-harass-u/story",
        Q,
    ),
    # Threat to report the debt to the barangay (local government) to shame the borrower.
    (
        "fil",
        V,
        ["public_shaming", "third_party_disclosure_or_contact"],
        "Isusumbong ka na namin sa barangay",
        "GMA Balitambayan (24 Oras Weekend), messages sent to non-paying borrowers by a Makati online lending company raided by PAOCC/PNP-ACG/SEC, quoted by PAOCC spokesman Winston Casio, https://gmanetwork.com/news/balitambayan/balita/885903/rendon-labador-kasama-sa-pagsalakay-ng-mga-awtoridad-sa-online-lending-company-na-nangha-harass-u/story",
        Q,
    ),
    # Threatened visit to the borrower's barangay hall.
    (
        "fil",
        V,
        ["threat_home_or_workplace_visit", "public_shaming"],
        "Pupunta kami sa barangay hall ninyo",
        "GMA Balitambayan (24 Oras Weekend), messages sent to non-paying borrowers by a Makati online lending company raided by PAOCC/PNP-ACG/SEC, quoted by PAOCC spokesman Winston Casio, https://gmanetwork.com/news/balitambayan/balita/885903/rendon-labador-kasama-sa-pagsalakay-ng-mga-awtoridad-sa-online-lending-company-na-nangha-harass-u/story",
        Q,
    ),
    # Philippines; blog list item; the channel (SMS, call or letter) is not specified.
    (
        "en",
        V,
        ["threat_arrest_or_criminal", "false_legal_action"],
        "There is already a warrant of arrest for you.",
        "Philippine credit-card debtor blog 'Why Defaulters Easily Get Paranoid' (2015), list of things collectors say by call, text or letter, http://failuretopaycreditcard.blogspot.com/",
        P,
    ),
    # Philippines; blog list item; the channel (SMS, call or letter) is not specified. RA 8484 =
    # Access Devices Regulation Act; used to threaten jail for card debt.
    (
        "en",
        V,
        ["threat_arrest_or_criminal", "false_legal_action"],
        "You will be liable for RA 8484 and will be imprisoned.",
        "Philippine credit-card debtor blog 'Why Defaulters Easily Get Paranoid' (2015), list of things collectors say by call, text or letter, http://failuretopaycreditcard.blogspot.com/",
        P,
    ),
    # Philippines; blog list item; the channel (SMS, call or letter) is not specified. Spacing '
    # office,barangay' as in source.
    (
        "en",
        V,
        ["threat_home_or_workplace_visit"],
        "We will visit your home, office,barangay.",
        "Philippine credit-card debtor blog 'Why Defaulters Easily Get Paranoid' (2015), list of things collectors say by call, text or letter, http://failuretopaycreditcard.blogspot.com/",
        P,
    ),
    # Machine-translation-like Hindi kept verbatim, including the stray quote mark and double sp
    # aces; <...> placeholders are the source's. It warns that unpaid dues are reported on Recor
    # dent, i.e. credit reporting, which is treated as lawful.
    (
        "hi",
        C,
        [],
        '<Member name, city> ने रेकोरडेंट पर अपना भुगतान विवरण प्रस्तुत किया है "और <Date>  द्वारा देय है। रिपोर्ट देखने के लिए, यहां क्लिक करें',
        "Recordent (Indian payment-record / dues-collection platform), Hindi SMS notification templates config/sms_templates.php key t15, https://github.com/gopalkumar132/Recordent-Web/blob/7b206b1561b74ce2a0d05a074ded9ae38598c386/config/sms_templates.php",
        P,
    ),
    # Machine-translation-like Hindi kept verbatim, including the stray quote mark and double sp
    # aces; <...> placeholders are the source's. It warns that unpaid dues are reported on Recor
    # dent, i.e. credit reporting, which is treated as lawful.
    (
        "hi",
        C,
        [],
        "<Member name, city> ने रेकोरडेंट पर अपना अतिदेय भुगतान जमा कर दिया है और < days>  द्वारा अतिदेय है। रिपोर्ट देखें, यहां क्लिक करें",
        "Recordent (Indian payment-record / dues-collection platform), Hindi SMS notification templates config/sms_templates.php key t16, https://github.com/gopalkumar132/Recordent-Web/blob/7b206b1561b74ce2a0d05a074ded9ae38598c386/config/sms_templates.php",
        P,
    ),
    # Machine-translation-like Hindi kept verbatim, including the stray quote mark and double sp
    # aces; <...> placeholders are the source's. It warns that unpaid dues are reported on Recor
    # dent, i.e. credit reporting, which is treated as lawful.
    (
        "hi",
        C,
        [],
        "<Member name, city> के लिए आपका भुगतान < > + दिनों से अधिक है और अभी भी रेकोरडेंट किए गए भुगतान पर अवैतनिक के रूप में दिखाता है। अधिक जानकारी के लिए, यहां क्लिक करें",
        "Recordent (Indian payment-record / dues-collection platform), Hindi SMS notification templates config/sms_templates.php key t17, https://github.com/gopalkumar132/Recordent-Web/blob/7b206b1561b74ce2a0d05a074ded9ae38598c386/config/sms_templates.php",
        P,
    ),
    # Machine-translation-like Hindi kept verbatim, including the stray quote mark and double sp
    # aces; <...> placeholders are the source's. It warns that unpaid dues are reported on Recor
    # dent, i.e. credit reporting, which is treated as lawful.
    (
        "hi",
        C,
        [],
        "आपका अतिदेय भुगतान <Member name, city> ऑन रेकोरडेंट को अन्य व्यवसायों द्वारा नकारात्मक के रूप में देखा और माना जा सकता है। अधिक जानकारी के लिए यहां क्लिक करें",
        "Recordent (Indian payment-record / dues-collection platform), Hindi SMS notification templates config/sms_templates.php key t18, https://github.com/gopalkumar132/Recordent-Web/blob/7b206b1561b74ce2a0d05a074ded9ae38598c386/config/sms_templates.php",
        P,
    ),
    # Machine-translation-like Hindi kept verbatim, including the stray quote mark and double sp
    # aces; <...> placeholders are the source's. It warns that unpaid dues are reported on Recor
    # dent, i.e. credit reporting, which is treated as lawful.
    (
        "hi",
        C,
        [],
        "आपका भुगतान <Member name, city> को कई यादों के बावजूद < > + दिनों से अधिक है और अभी भी रेकोरडेंट पर अवैतनिक के रूप में दिखाता है। अधिक जानकारी के लिए यहां क्लिक करें",
        "Recordent (Indian payment-record / dues-collection platform), Hindi SMS notification templates config/sms_templates.php key t19, https://github.com/gopalkumar132/Recordent-Web/blob/7b206b1561b74ce2a0d05a074ded9ae38598c386/config/sms_templates.php",
        P,
    ),
    # Machine-translation-like Hindi kept verbatim, including the stray quote mark and double sp
    # aces; <...> placeholders are the source's. It warns that unpaid dues are reported on Recor
    # dent, i.e. credit reporting, which is treated as lawful.
    (
        "hi",
        C,
        [],
        "आपका अतिदेय भुगतान <Member name, city> अभी भी रेकोरडेंट पर अवैतनिक के रूप में दिखाता है। अपने भुगतान रिकॉर्ड को बेहतर बनाने के लिए तुरंत भुगतान करें। अधिक जानकारी के लिए यहां क्लिक करें",
        "Recordent (Indian payment-record / dues-collection platform), Hindi SMS notification templates config/sms_templates.php key t20, https://github.com/gopalkumar132/Recordent-Web/blob/7b206b1561b74ce2a0d05a074ded9ae38598c386/config/sms_templates.php",
        P,
    ),
    # India. Trailing whitespace trimmed; otherwise verbatim.
    (
        "en",
        C,
        [],
        "<Member name, city> has submitted your overdue payment on Recordent and is overdue by < days> days. To view report, click here",
        "Recordent (India), English SMS notification template config/sms_templates.php key t2, https://github.com/gopalkumar132/Recordent-Web/blob/7b206b1561b74ce2a0d05a074ded9ae38598c386/config/sms_templates.php",
        P,
    ),
    # India. Trailing whitespace trimmed; otherwise verbatim.
    (
        "en",
        C,
        [],
        "Your payment to <Member name, city> is overdue by < >+days & still shows as unpaid on Recordent pay immediately. To know more, click here",
        "Recordent (India), English SMS notification template config/sms_templates.php key t3, https://github.com/gopalkumar132/Recordent-Web/blob/7b206b1561b74ce2a0d05a074ded9ae38598c386/config/sms_templates.php",
        P,
    ),
    # India. Trailing whitespace trimmed; otherwise verbatim.
    (
        "en",
        C,
        [],
        "Your overdue payment to <Member name, city> on Recordent can be seen & treated as negative by other businesses. To know more click here",
        "Recordent (India), English SMS notification template config/sms_templates.php key t4, https://github.com/gopalkumar132/Recordent-Web/blob/7b206b1561b74ce2a0d05a074ded9ae38598c386/config/sms_templates.php",
        P,
    ),
    # India. Trailing whitespace trimmed; otherwise verbatim.
    (
        "en",
        C,
        [],
        "Your payment to <Member name, city> is overdue by < >+days & shows as unpaid on Recordent despite many reminders. To know more click here",
        "Recordent (India), English SMS notification template config/sms_templates.php key t5, https://github.com/gopalkumar132/Recordent-Web/blob/7b206b1561b74ce2a0d05a074ded9ae38598c386/config/sms_templates.php",
        P,
    ),
    # India. Trailing whitespace trimmed; otherwise verbatim.
    (
        "en",
        C,
        [],
        "Your overdue payment to <Member name, city> shows as unpaid on Recordent,pay now to improve your payment record. To know more click here",
        "Recordent (India), English SMS notification template config/sms_templates.php key t6, https://github.com/gopalkumar132/Recordent-Web/blob/7b206b1561b74ce2a0d05a074ded9ae38598c386/config/sms_templates.php",
        P,
    ),
    # Kenya, English. SMS 'First Outsource Notice'. The agency's own +254 number in the SMS temp
    # lates replaced with [phone]. The archive did not show the repository name, so there is no
    # direct URL.
    (
        "en",
        C,
        [],
        "Dear {Name}, your debt has been outsourced to us by {Client Name}. Contact us ASAP to arrange settlement. Blueberry Voyage LTD [phone]",
        "Blueberry Voyage LTD (Kenyan debt-collection agency, KES amounts) SMS/WhatsApp templates in a public code file, github.com source file, repository name not exposed by the search archive (archive file id 47259035952)",
        P,
    ),
    # Kenya, English. SMS 'PTP Reminder – 2 Days to Due Date'. The agency's own +254 number in t
    # he SMS templates replaced with [phone]. The archive did not show the repository name, so t
    # here is no direct URL.
    (
        "en",
        C,
        [],
        "Dear {Name}, your KES {Amount} payment to {Client Name} is due in 2 days. Kindly prioritize and share proof of payment. Blueberry Voyage LTD [phone]",
        "Blueberry Voyage LTD (Kenyan debt-collection agency, KES amounts) SMS/WhatsApp templates in a public code file, github.com source file, repository name not exposed by the search archive (archive file id 47259035952)",
        P,
    ),
    # Kenya, English. SMS 'PTP Reminder – Due Today'. The agency's own +254 number in the SMS te
    # mplates replaced with [phone]. The archive did not show the repository name, so there is n
    # o direct URL.
    (
        "en",
        C,
        [],
        "Dear {Name}, your KES {Amount} payment to {Client Name} is due TODAY. Please pay and share proof immediately. Blueberry Voyage LTD [phone]",
        "Blueberry Voyage LTD (Kenyan debt-collection agency, KES amounts) SMS/WhatsApp templates in a public code file, github.com source file, repository name not exposed by the search archive (archive file id 47259035952)",
        P,
    ),
    # Kenya, English. SMS 'Demand Letter Overdue'; stating that real legal action may follow is
    # treated as lawful. The agency's own +254 number in the SMS templates replaced with [phone]
    # . The archive did not show the repository name, so there is no direct URL.
    (
        "en",
        C,
        [],
        "Dear {Name}, you have not complied with the demand letter for your debt with {Client Name}. Legal action may follow if no response. Blueberry Voyage LTD [phone]",
        "Blueberry Voyage LTD (Kenyan debt-collection agency, KES amounts) SMS/WhatsApp templates in a public code file, github.com source file, repository name not exposed by the search archive (archive file id 47259035952)",
        P,
    ),
    # Kenya, English. SMS 'Unresponsive Employed Debtors'; threatens to contact the employer; bo
    # rderline if the aim is a lawful salary-deduction process. The agency's own +254 number in
    # the SMS templates replaced with [phone]. The archive did not show the repository name, so
    # there is no direct URL.
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Dear {Name}, since you are unresponsive, we may escalate to your employer to recover your debt with {Client Name}. Call us ASAP. Blueberry Voyage LTD [phone]",
        "Blueberry Voyage LTD (Kenyan debt-collection agency, KES amounts) SMS/WhatsApp templates in a public code file, github.com source file, repository name not exposed by the search archive (archive file id 47259035952)",
        P,
    ),
    # Kenya, English. WhatsApp 'Overdue Payments (1+ Days Late)'. The agency's own +254 number i
    # n the SMS templates replaced with [phone]. The archive did not show the repository name, s
    # o there is no direct URL.
    (
        "en",
        C,
        [],
        "Dear {Name}, your KES {Amount} payment to {Client Name} was due on {Date} and remains unpaid. Please pay immediately to avoid escalation. – Blueberry Voyage LTD",
        "Blueberry Voyage LTD (Kenyan debt-collection agency, KES amounts) SMS/WhatsApp templates in a public code file, github.com source file, repository name not exposed by the search archive (archive file id 47259035952)",
        P,
    ),
    # Ninth collection (session 8, 2026-11-29): one helper barred from the checker, the
    # packs and the corpus, searching public code and regulators' decisions; texts within
    # 10% of a row above (by difflib ratio) dropped as duplicates.
    # Source builds the SMS as $members['realname'].$sex.',您的借款已逾期...'; rendered the two PHP var
    # iables as {realname}{sex}. '意料之外的生活困扰' is a veiled intimidation rather than explicit viole
    # nce.
    (
        "zh",
        V,
        ["threat_violence"],
        "{realname}{sex},您的借款已逾期,请尽快还款，否则会有高额的罚款,及意料之外的生活困扰。谢谢合作！",
        "Chinese P2P lending app 'kawadai' SMS collection template (getSmsInfo), springphp/webwcf/application/home/api/Investment.php",
        P,
    ),
    (
        "id",
        C,
        [],
        "{{name}}, kami ingatkan angsuran JULO {{payment_number}} Anda {{due_amount}} sdh TERLAMBAT. Mohon segera bayar: cek aplikasi. Abaikan jika sudah bayar.",
        "JULO SMS template sms_dpd_+1, sajinavi2006/julomvp/mvp/src/juloserver/juloserver/streamlined_communication/migrations/0004_add_streamlined_for_collection.py",
        P,
    ),
    (
        "id",
        C,
        [],
        "Yth {{name}}, hr ini {{due_date}} adlh tgl pmbayaran yg Anda janjikan. Segera bayar {{due_amount}} ke {{bank_name}} no VA {{account_number}}. Trm ksh",
        "JULO SMS template sms_ptp_0 (promise-to-pay due today), sajinavi2006/julomvp/mvp/src/juloserver/juloserver/streamlined_communication/migrations/0004_add_streamlined_for_collection.py",
        P,
    ),
    (
        "en",
        C,
        [],
        "Dear {Name}, your KES {Amount} payment to {Client Name} was due yesterday. Kindly pay and send proof ASAP. Blueberry Voyage LTD +254720856052",
        "Kenyan collection agency SMS template 'PTP Reminder – 1 Day Overdue', GitHub code-search index file id 47259035952 (smsTemplates/whatsappTemplates of Blueberry Voyage LTD, a Kenyan debt-collection agency CRM; repository path not exposed by the index)",
        P,
    ),
    # Borrower name and number replaced; 'PROSE' typo as in source. Also quoted by berandalappun
    # g.com.
    (
        "id",
        V,
        [
            "public_shaming",
            "third_party_disclosure_or_contact",
            "insult_or_obscene",
            "threat_arrest_or_criminal",
            "false_urgency_or_misleading",
        ],
        "DICARI MALING!!! BURONAN POLISI!!! ([name]) ([phone]) TELAH KABUR MEMBAWA UANG PERUSAHAAN (BANTU PINJAM) SEBESAR 1,6 JUTA! DAN ANDA DIJADIKAN KONTAK DARURAT DAN PENANGGUNG JAWAB HUTANG YG BERSANGKUTAN! KONFIRMASI DGN YG BERSANGKUTAN AGAR NAMA ANDA TIDAK IKUT KAMI PROSE!! JGN NGUMPETIN MALING!!!",
        "IDN Times Lampung: WhatsApp from illegal lender 'Bantu Pinjam' received by Lampung Vice-Governor as emergency contact (Oct 2021), https://lampung.idntimes.com/news/lampung/tama-wiguna/wagub-lampung-nunik-resah-marak-pesan-whatsapp-tagihan-pinjol-ilegal",
        Q,
    ),
    # Field visits are not per se unlawful under RBI rules; labelled per rubric (threatened home
    # /workplace visit). Workplace visit announced in advance.
    (
        "en",
        V,
        ["threat_home_or_workplace_visit"],
        "Dear %s, your Creditlab.in loan %s, is now moved for Field Recovery. Our Field Recovery agent will visit your home & office addresses anytime in the next 6 to 10 days. Incase you choose to settle/close it before physical recovery visit, please contact %s",
        "Creditlab.in (Indian digital lender) DLT SMS template 'field_recovery', amtechsci/creditlab (Creditlab.in automated SMS cron, $sms_templates with TRAI DLT template IDs; exact file path not exposed by the code index, index id 57351413158)",
        P,
    ),
    # An SMS reminder styled as a 'LEGAL NOTICE'; misleading as to legal status. Debatable.
    (
        "en",
        V,
        ["false_legal_action"],
        "LEGAL NOTICE !!! It's a follow-up reminder to close your Overdued Creditlab.in loan immediately to avoid further Legal consequences.",
        "Creditlab.in DLT SMS template 'legal_notice', amtechsci/creditlab (Creditlab.in automated SMS cron, $sms_templates with TRAI DLT template IDs; exact file path not exposed by the code index, index id 57351413158)",
        P,
    ),
    # Violation only if no suit is actually being filed (template sent in bulk by cron).
    (
        "en",
        V,
        ["false_legal_action"],
        "FINAL WARNING : %s Creditlab.in loan in DEFAULT. Legal suit being filed. This is your last chance to settle & close loan %s",
        "Creditlab.in DLT SMS template 'legal_suit', amtechsci/creditlab (Creditlab.in automated SMS cron, $sms_templates with TRAI DLT template IDs; exact file path not exposed by the code index, index id 57351413158)",
        P,
    ),
    # Invokes the criminal cheque-bounce provision (s.138 NI Act) for an e-NACH auto-debit, befo
    # re any default; arguably misleading. Debatable.
    (
        "en",
        V,
        ["false_legal_action", "threat_arrest_or_criminal"],
        "Hi ! Your Creditlab.in loan of Rs. %s will auto-debit on %s. Ensure sufficient balance to avoid chq bounce & legal action under Section 138 N.I. Act",
        "Creditlab.in DLT SMS template 'enach_reminder', amtechsci/creditlab (Creditlab.in automated SMS cron, $sms_templates with TRAI DLT template IDs; exact file path not exposed by the code index, index id 57351413158)",
        P,
    ),
    (
        "en",
        C,
        [],
        "URGENT %s ! Your Creditlab loan is OVERDUE. Pay immediately to avoid Penalty & severe CIBIL impact : %s",
        "Creditlab.in DLT SMS template 'dpd_1_5', amtechsci/creditlab (Creditlab.in automated SMS cron, $sms_templates with TRAI DLT template IDs; exact file path not exposed by the code index, index id 57351413158)",
        P,
    ),
    (
        "en",
        C,
        [],
        "Dear %s, you have a pending loan with Creditlab.in, Repay it immediately. Failure leads to DEFAULT/OVERDUE in CIBIL & to Debt collection agency.",
        "Creditlab.in DLT SMS template '45th_day_reminder', amtechsci/creditlab (Creditlab.in automated SMS cron, $sms_templates with TRAI DLT template IDs; exact file path not exposed by the code index, index id 57351413158)",
        P,
    ),
    (
        "en",
        C,
        [],
        "Alert ! ! Your Creditlab.in loan DUE DATE is Crossed. Close now to avoid Reminder calls, EXTRA PENALTY & Late Payment reporting to CIBIL : %s",
        "Creditlab.in DLT SMS template 'due_date_missed', amtechsci/creditlab (Creditlab.in automated SMS cron, $sms_templates with TRAI DLT template IDs; exact file path not exposed by the code index, index id 57351413158)",
        P,
    ),
    (
        "en",
        C,
        [],
        "As per the commitment given to your Relationship Manager, we urge you to repay today the due amount of Rs %s through this link: %s -Creditlab",
        "Creditlab.in DLT SMS template 'commitment_day_reminder', amtechsci/creditlab (Creditlab.in automated SMS cron, $sms_templates with TRAI DLT template IDs; exact file path not exposed by the code index, index id 57351413158)",
        P,
    ),
    # Informal store credit, not a licensed lender.
    (
        "fil",
        C,
        [],
        "Hi {name}, pa-remind lang po na may utang kayo na ₱{balance} sa tindahan. Sana po mabayaran soon. Salamat!",
        "Sari-sari store credit ('utang') SMS reminder template 'friendly', GitHub code-search index file id 69235318277 (REMINDER_TEMPLATES; repository path not exposed by the index)",
        P,
    ),
    (
        "fil",
        C,
        [],
        "Hi {name}, urgent reminder lang po na kailangan na pong mabayaran ang utang ninyo na ₱{balance} sa tindahan. Pakiasikaso po agad. Salamat!",
        "Sari-sari store credit SMS reminder template 'urgent', GitHub code-search index file id 69235318277 (repository path not exposed by the index)",
        P,
    ),
    # Python f-string placeholders kept.
    (
        "fil",
        C,
        [],
        "PAALALA: Magandang araw {customer_name}. Lagpas na po sa due date ang inyong utang na {balance_fmt} sa {store_name}. Paki-settle po agad sa tindahan o via GCash ({gcash_number}) para mapanatili ang inyong credit line. Salamat.",
        "Tagalog collection reminder get_sms_message(tone='firm'), GitHub code-search index file id 71268506535 (repository path not exposed by the index)",
        P,
    ),
    # Name and lender redacted by the source. The same collector then threatened a 'warrant of a
    # rrest' and contacted her employer (not quoted verbatim in the original language), so the c
    # ampaign as a whole was abusive; this first message alone is a plain demand.
    (
        "en",
        C,
        [],
        "Good day, Miss ----. This is from --- (lending company). I’m looking for your payment. I need your payment today.",
        "The SUN Hong Kong: Messenger message to a Filipina domestic helper from a Hong Kong lender's collector, https://www.sunwebhk.com/",
        Q,
    ),
    # First paragraph of the customAlert example; the second paragraph (auto-debit notice with c
    # ard tail digits and the company hotline) omitted. 'Financial blacklist synced to all banks
    # and Sesame Credit' is an exaggerated/misleading claim.
    (
        "zh",
        V,
        ["false_urgency_or_misleading", "false_legal_action"],
        "您已逾期，若不及时还款，将被列入金融黑名单！黑名单信息会同步至全国各大银行、芝麻信用等机构，您的信用卡、房贷、车贷等业务将会同步受到影响，情节严重者将受到法律诉讼和制裁！",
        "玖富钱包 (9F Wallet) in-app overdue alert example, GitHub code-search index file id 25649767315 (m9fDialog JS dialog library of 玖富钱包/9F Wallet H5 app, JSDoc usage examples; repository path not exposed by the index)",
        P,
    ),
    (
        "zh",
        C,
        [],
        "若还款日您未按时还款，还款日第二天起开始计收逾期服务费，每日收取当期应还借款本息的0.1%作为逾期服务费。如果您逾期超过3天，将一次性收取当期应还本息的3%作为滞纳金。",
        "玖富钱包 (9F Wallet) in-app overdue-fee explanation example ('预期说明'), GitHub code-search index file id 25649767315 (m9fDialog JS dialog library of 玖富钱包/9F Wallet H5 app, JSDoc usage examples; repository path not exposed by the index)",
        P,
    ),
    # %ld placeholder kept.
    (
        "zh",
        C,
        [],
        "您已逾期%ld天,请尽快还款。您的逾期情况将会影响您的征信报告。",
        "Chinese installment-loan iOS app overdue banner (StageBillModelBody), GitHub code-search index file id 15225469434 (repository path not exposed by the index)",
        P,
    ),
    # Built as auditCenter.getLoanUserName()+"..."+bigDecimal+"元..."; the two Java expressions r
    # endered as {loanUserName} and {amount}.
    (
        "zh",
        C,
        [],
        "{loanUserName}，您的减免已生效，请您在今日23点之前还款{amount}元，逾期未还将不予减免。请您联系催收员进行代扣，或通过支付宝还款并备注您的姓名和电话",
        "Chinese cash-loan collection back-office SMS after fee waiver (commented-out SMSUtils call), GitHub code-search index file id 34175672998 (repository path not exposed by the index)",
        P,
    ),
    # Line breaks as in source (\n).
    (
        "id",
        C,
        [],
        "Halo Bapak/Ibu {nama},\n\nKami dari tim FC.OS ingin mengonfirmasi terkait tagihan dengan nomor kontrak {kontrak}. Saat ini terdapat tunggakan sebesar Rp {outstanding} dengan keterlambatan {hari} hari.\n\nMohon segera melakukan pembayaran melalui kanal resmi. Terima kasih.",
        "Indonesian multifinance field-collection WhatsApp template REMINDER, GitHub code-search index file id 56444215184 (FC.OS Indonesian field-collection app, CustomersScreen WHATSAPP_TEMPLATES; repository path not exposed by the index)",
        P,
    ),
    # Reports a completed field visit (permitted for licensed multifinance collectors in Indones
    # ia) rather than threatening one; borderline under a strict 'visits' rule.
    (
        "id",
        C,
        [],
        "Halo Bapak/Ibu {nama},\n\nPetugas lapangan kami (FC.OS) telah melakukan kunjungan ke alamat Anda hari ini terkait penyelesaian kewajiban nomor kontrak {kontrak}.\n\nKarena tidak dapat bertemu langsung, mohon hubungi kami kembali di cabang {branch} untuk tindak lanjut. Terima kasih.",
        "Indonesian multifinance field-collection WhatsApp template VISIT, GitHub code-search index file id 56444215184 (FC.OS Indonesian field-collection app, CustomersScreen WHATSAPP_TEMPLATES; repository path not exposed by the index)",
        P,
    ),
    # Tenth collection (session 9, 2026-11-29): one helper barred from the checker, the
    # packs and the corpus; texts within 10% of a row above (by difflib ratio) dropped as
    # duplicates; measured before any pack change.
    # Pressures payment by threatening a visit from the lender's field officers.
    (
        "id",
        V,
        ["threat_home_or_workplace_visit"],
        "Pembayaran Angsuran ke-{{payment_seq}} Anda terlambat {{late_days}} hari. Harap transfer {{due_amount}} (termasuk biaya keterlambatan) ke {{julo_bank_name}}, nomor rekening {{julo_bank_account_number}} secepatnya untuk hindari kunjungan petugas Kami.",
        "github.com/sajinavi2006/julomvp mvp/src/juloserver/juloserver/apiv1/templates/MTL_322_plus.txt",
        P,
    ),
    # Neutral pre-due reminder with amount, date and payment link.
    (
        "id",
        C,
        [],
        "{{name}}, sy Rudolf dr JULO. Pinjaman Anda {{due_amount}} segera jatuh tempo pada {{due_date}}. Lakukan pembayaran melalui: {{url}}.",
        "github.com/sajinavi2006/julomvp mvp/src/juloserver/juloserver/julo/templates/201904_exp/rudolf_test_t2_stl.txt",
        P,
    ),
    # Factual notice of debt assignment to a new collector, no threats.
    (
        "id",
        C,
        [],
        "Mohon maaf, hutang Anda telah Kami alihkan kepada {{vendor}}\n\nDengan pengalihan hutang ini Kami telah mengalihkan hak tagih kepada {{vendor}}, maka untuk kedepannya penagihan akan dilakukan oleh{{vendor}}, dan JULO tidak lagi memiliki hak tagih atas utang anda\n\nSilahkan periksa email Anda untuk informasi lebih lanjut.",
        "github.com/sajinavi2006/julomvp mvp/src/juloserver/juloserver/apiv1/templates/loan_selloff.txt",
        P,
    ),
    # Early-stage bank overdue reminder stating amount and a true credit consequence, no threats.
    (
        "zh",
        C,
        [],
        "尊敬的客户,您的信用卡账单已逾期1天,当前欠款XX元。为避免信用受损,请尽快通过手机银行或柜台还款。",
        "https://m.129a.com/flrd/49199.html",
        P,
    ),
    # States late fee and contractual credit-reporting consequence and invites negotiation; no
    # abusive content.
    (
        "zh",
        C,
        [],
        "您的贷款已逾期7天,产生滞纳金XX元。根据合同约定,逾期超过15天将影响征信。请立即联系客服协商还款。",
        "https://m.129a.com/flrd/49199.html",
        P,
    ),
    # Falsely claims blacklisting, threatens a home visit within 24 hours and threatens to notify
    # the debtor's employer and family.
    (
        "zh",
        V,
        [
            "public_shaming",
            "threat_home_or_workplace_visit",
            "third_party_disclosure_or_contact",
            "false_urgency_or_misleading",
        ],
        "您已被列入失信名单,催收人员将于24小时内上门。请立即转账至指定账户,否则将通知您的单位及家属。",
        "https://m.129a.com/flrd/49199.html",
        P,
    ),
    # Offers an instalment repayment plan with contact channels; a compliant hardship message.
    (
        "zh",
        C,
        [],
        "我行可提供分期还款方案,首期最低还款XX元。请回复‘协商’至本号码,或致电400-XXX-XXXX。",
        "https://m.129a.com/flrd/49199.html",
        P,
    ),
    # Presented as a standard compliant bank notice: identifies lender, contract, amount, deadline
    # and official channels.
    (
        "zh",
        C,
        [],
        "【XX银行】尊敬的客户{name},您在我行办理的“个人消费贷”(合同号:CB20240315XXXX)截至今日已逾期7日,当前欠款本金+利息合计¥8,642.30,请于3日内通过手机银行或网点完成还款,以免影响信用记录,详询95XXX或登录官方APP查询,退订回T",
        "https://www.523it.com/g/83328.html",
        P,
    ),
    # Threatens same-day police arrest over a debt, a false criminal consequence of non-payment.
    (
        "en",
        V,
        ["threat_arrest_or_criminal", "false_legal_action", "false_urgency_or_misleading"],
        "Police will arrest you today if you do not settle.",
        "https://www.respicio.ph/commentaries/threatening-text-messages-about-fake-warrants-and-estafa-scams",
        P,
    ),
    # Threatens to disclose the debt to the barangay and the debtor's employer.
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Your barangay and employer will be informed.",
        "https://www.respicio.ph/commentaries/threatening-text-messages-about-fake-warrants-and-estafa-scams",
        P,
    ),
    # Threatens to publicly label the debtor a scammer online.
    (
        "en",
        V,
        ["public_shaming"],
        "We will post your name online as scammer.",
        "https://www.respicio.ph/commentaries/threatening-text-messages-about-fake-warrants-and-estafa-scams",
        P,
    ),
    # Invokes an NBI arrest to pressure payment, falsely implying criminal enforcement by a
    # government agency.
    (
        "en",
        V,
        ["threat_arrest_or_criminal", "impersonation_official", "false_legal_action"],
        "Final notice before NBI arrest.",
        "https://www.respicio.ph/commentaries/threatening-text-messages-about-fake-warrants-and-estafa-scams",
        P,
    ),
    # Falsely claims criminal estafa charges and arrest that payment can avoid.
    (
        "en",
        V,
        ["false_legal_action", "threat_arrest_or_criminal", "false_urgency_or_misleading"],
        "You are charged with ESTAFA. Pay today to avoid arrest.",
        "https://www.respicio.ph/commentaries/fake-warrant-of-arrest-text-messages-and-estafa-threats-in-the-philippines",
        P,
    ),
    # Falsely asserts an arrest warrant, which a private collector cannot issue, to frighten the
    # debtor.
    (
        "en",
        V,
        ["false_legal_action", "threat_arrest_or_criminal", "impersonation_official"],
        "WARRANT OF ARREST has been issued against you.",
        "https://www.respicio.ph/commentaries/fake-warrant-of-arrest-text-messages-and-estafa-threats-in-the-philippines",
        P,
    ),
    # Taglish threat to file criminal estafa charges over ordinary non-payment.
    (
        "fil",
        V,
        ["threat_arrest_or_criminal", "false_legal_action"],
        "Magbayad ka or kakasuhan kita ng estafa",
        "https://www.respicio.ph/commentaries/receiving-threats-of-estafa-charges-by-text-or-email-what-to-do-in-the-philippines",
        P,
    ),
    # Sacco notice to a contractual guarantor stating the default and the guarantee being called;
    # a lawful guarantor notification rather than contact-list shaming.
    (
        "en",
        C,
        [],
        "Dear member, you guaranteed (name retracted) a super loan amounting to Sh550,000 which is now defaulted. Kindly note that you will be attached the loan",
        "https://www.standardmedia.co.ke/business/article/2001260146/an-innocent-favour-that-could-ruin-your-finances",
        Q,
    ),
    # Factual repayment receipt stating amount paid and remaining balance.
    (
        "sw",
        C,
        [],
        "Jambo $FirstName-$accountnumber Malipo ya mwisho: KSh $lastTransactionAmount. Nambari ya risiti $lastTransactionId. Malipo kwa ujumla KSh $paid. Malipo yaliyobaki KSh $balance",
        "github.com/one-acre-fund/ussd-sms repayments/translations/index.js (mm_receipt, sw)",
        P,
    ),
    # Uses the prospect of a field-collector visit as a pressure tactic for an overdue short-term
    # loan.
    (
        "id",
        V,
        ["threat_home_or_workplace_visit"],
        "Pembayaran pinjaman Anda terlambat {{late_days}} hari. Harap transfer {{due_amount}} (termasuk biaya keterlambatan) ke {{julo_bank_name}}, nomor rekening {{julo_bank_account_number}} secepatnya untuk menghindari biaya keterlambatan yang akan terus bertambah dan kunjungan dari petugas lapangan.",
        "github.com/sajinavi2006/julomvp mvp/src/juloserver/juloserver/apiv1/templates/STL_324.txt",
        P,
    ),
    # Short factual arrears SMS asking for prompt payment; no threats or third parties.
    (
        "id",
        C,
        [],
        "Halo %bname%, kami belum menerima angsuran anda sebesar %due_amt%, yang telah jatuh tempo pada %duedate%. Silahkan melakukan pembayaran secepatnya.Terima Kasih, Zidisha team",
        "github.com/gold-panda/myzidisha editables/in/mailtext.php (loanarrear_remindersms)",
        P,
    ),
    # Pre-due courtesy reminder with amount, date and official paybill.
    (
        "en",
        C,
        [],
        "This is a courtesy reminder that your monthly loan repayment installment of KSH %dueamt% will be due on %duedate%. Please make this payment to M-PESA bill pay account number 600201 Zidisha Inc.",
        "github.com/gold-panda/myzidisha editables/in/mailtext.php (breminder_sms)",
        P,
    ),
    # Threatens to contact members of the borrower's community and endorsers about the arrears.
    (
        "id",
        V,
        ["third_party_disclosure_or_contact"],
        "Apabila anda tidak menjadwalkan ulang dan kami tidak menerima angsuran yang telah jatuh tempo, kami akan menghubungi dan meminta mediasi dari anggota komunitas anda, termasuk tapi tidak terbatas individu-individu yang telah mendukung anda pada saat anda mengajukan aplikasi pinjaman:",
        "github.com/gold-panda/myzidisha editables/in/mailtext.php (loanarrear_reminder_final, excerpt)",
        P,
    ),
    # Credit-union overdue notice stating days overdue and true credit/legal consequences without
    # threats.
    (
        "zh",
        C,
        [],
        "您在我社的贷款已连续逾期X日,请尽快还款,以免影响征信及产生法律后果。",
        "https://www.523it.com/g/97108.html",
        P,
    ),
    # Taglish claim that a case is already filed and can be cancelled by paying, a fake legal
    # threat.
    (
        "fil",
        V,
        ["false_legal_action", "false_urgency_or_misleading"],
        "May kaso ka na, pay now to cancel",
        "https://www.respicio.ph/commentaries/debt-collection-text-scams-and-fake-legal-threats-how-to-verify-and-respond",
        P,
    ),
    # Threatens an arrest warrant for unpaid civil debt, which collectors cannot obtain.
    (
        "en",
        V,
        ["threat_arrest_or_criminal", "false_legal_action"],
        "Warrant of arrest will be issued today",
        "https://www.respicio.ph/commentaries/debt-collection-text-scams-and-fake-legal-threats-how-to-verify-and-respond",
        P,
    ),
    # Late-payment notice with amount and payment account only, no threats.
    (
        "id",
        C,
        [],
        "Pembayaran cicilan Anda ke-{{payment_seq}} terlambat! Transfer sekarang juga {{due_amount}} ke {{julo_bank_name}}, nomor rekening {{julo_bank_account_number}}. Jika Anda telah melakukan pembayaran, informasi akan ter-update dalam 1 hari kerja.",
        "github.com/sajinavi2006/julomvp mvp/src/juloserver/juloserver/apiv1/templates/GRAB_321.txt (HTML tags removed, trailing link sentence omitted)",
        P,
    ),
    # States days late and amount and offers contact for help, without threats.
    (
        "id",
        C,
        [],
        "{{name}}. Angsuran JULO anda sudah TERLAMBAT 5 hari. Bantu kami untuk membantu Anda, hubungi kami di collections@julo.co.id, Segera bayar angsuran {{payment_number}} berikut denda sebesar {{due_amount}}. Cara bayar, cek aplikasi.",
        "github.com/sajinavi2006/julomvp mvp/src/juloserver/juloserver/streamlined_communication/migrations/0004_add_streamlined_for_collection.py (sms_dpd_plus5)",
        P,
    ),
    # Tells the borrower their arrears were disclosed to community contacts, with more to follow.
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "This is notification that, in accordance with the terms of the Loan Contract, we have requested mediation from one or more of the following individuals regarding your past due loan balance.",
        "github.com/charlsontsang/zidisha2 app/lang/en/borrower/sms.php ('loan-arrear-reminder-monthly', excerpt)",
        P,
    ),
    # Tells the borrower that named community contacts have already been told about the overdue
    # instalment.
    (
        "id",
        V,
        ["third_party_disclosure_or_contact"],
        "Sesuai dengan persyaratan pada Kontrak Hukum, kami telah meminta mediasi dari satu atau lebih individu-individu berikut ini mengenai angsuran anda yang telah jatuh tempo.",
        "github.com/gold-panda/myzidisha editables/in/mailtext.php (loanarrear_remindersms_monthly, excerpt)",
        P,
    ),
    # SMS to a third-party contact disclosing that the borrower is in arrears and for how many
    # days.
    (
        "id",
        V,
        ["third_party_disclosure_or_contact"],
        "Yang terhormat %uname%, %bname% telah memberikn nomor kontak anda untuk mendukung aplikasinya dalam bergabung dengan organisasi kami, Microfinance Zidisha.  %bname% sekarang telah %duedays% hari menunggak dalam pinjamannya bersama Zidisha. Dapatkah anda menolong kami untuk menghubungi %bname% pada %bnumber% dan membantu kami mencari tahu mengapa kami belum menerima pembayaran angsuran yang telah jatuh tempo? Mohon membalas pada nomor ini dengan SMS. Terima Kasih, Tim Zidisha",
        "github.com/gold-panda/myzidisha editables/in/mailtext.php (loanarrear_mediation_sms)",
        P,
    ),
    # Eleventh collection (session 9, 2026-11-29): one helper barred from the checker, the
    # packs and the corpus; texts within 10% of a row above (by difflib ratio) dropped as
    # duplicates; measured before any pack change.
    # Claims the debt was transferred to the borrower's household-registration locality and
    # threatens a home visit, a misleading intimidation tactic.
    (
        "zh",
        V,
        ["threat_home_or_workplace_visit", "false_urgency_or_misleading"],
        "您的网贷逾期已移交户籍地，工作人员将上门核实……",
        "https://www.523it.com/g/81727.html",
        P,
    ),
    # A lender cannot start a 'judicial investigation procedure'; the text invents a legal process
    # and a 24-hour ultimatum.
    (
        "zh",
        V,
        ["false_legal_action", "false_urgency_or_misleading"],
        "您名下的贷款已严重逾期，现启动司法调查程序，请于24小时内联系客服处理，否则将上报征信并追究法律责任。",
        "https://www.523it.com/g/120034.html",
        P,
    ),
    # Sent to a relative, it discloses the borrower's overdue loan to a third party and invents a
    # 'family credit' consequence.
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "false_urgency_or_misleading"],
        "尊敬的用户，您亲友XXX在本平台的贷款已严重逾期，请尽快联系处理，以免影响家庭信用……",
        "https://www.523it.com/g/116581.html",
        P,
    ),
    # Collection text styled as a court notice claiming a case has been filed and enforcement will
    # follow, impersonating a court.
    (
        "zh",
        V,
        ["impersonation_official", "false_legal_action"],
        "【XX市人民法院】您因贷款逾期已被正式立案，请于3日内联系处理，否则将强制执行……",
        "https://www.523it.com/g/116581.html",
        P,
    ),
    # Impersonates a court, accuses the debtor of loan fraud and threatens asset freezes for an
    # ordinary civil debt.
    (
        "zh",
        V,
        ["impersonation_official", "threat_arrest_or_criminal", "false_legal_action"],
        "【某某法院】某某某，你因涉嫌网贷诈骗，现已被立案起诉，择日开庭审理，若缺席将强制执行，冻结你名下所有资产！详询XXX",
        "https://www.523it.com/g/81732.html",
        P,
    ),
    # Threatens to send staff to the borrower's home within a 24-hour ultimatum.
    (
        "zh",
        V,
        ["threat_home_or_workplace_visit", "false_urgency_or_misleading"],
        "您在XX平台的贷款已严重逾期，请于24小时内还款，否则将安排工作人员上门核实情况。",
        "https://www.523it.com/g/104495.html",
        P,
    ),
    # Claims a legal department is involved and announces an imminent field visit to pressure
    # payment.
    (
        "zh",
        V,
        ["threat_home_or_workplace_visit", "false_legal_action"],
        "法务部门已介入，实地走访即将启动，请配合处理。",
        "https://www.523it.com/g/104495.html",
        P,
    ),
    # Falsely recasts a civil loan default as loan fraud referred to the police and threatens
    # criminal liability.
    (
        "zh",
        V,
        ["threat_arrest_or_criminal", "false_legal_action"],
        "您因贷款逾期涉嫌贷款诈骗，已移交公安机关处理，请立即还款，否则追究刑事责任。",
        "https://www.523it.com/g/93313.html",
        P,
    ),
    # Claims a case has been formally filed and threatens the debtor's personal liberty over a
    # civil debt.
    (
        "zh",
        V,
        ["false_legal_action", "threat_arrest_or_criminal"],
        "您因贷款长期逾期，已被正式立案，即将移交法院执行，请立即还款以免影响征信及人身自由！",
        "https://www.523it.com/g/108862.html",
        P,
    ),
    # Falsely says the overdue loan was automatically filed with the police and threatens criminal
    # liability.
    (
        "zh",
        V,
        ["threat_arrest_or_criminal", "false_legal_action"],
        "您在某平台的贷款已逾期，系统已自动提交至公安机关立案处理，请尽快还款，避免承担刑事责任。",
        "https://www.523it.com/g/107247.html",
        P,
    ),
    # Accuses the debtor of loan fraud and threatens referral to the police to force payment of a
    # civil debt.
    (
        "zh",
        V,
        ["threat_arrest_or_criminal"],
        "您已涉嫌贷款诈骗，请立即还款，否则将移交公安机关处理！",
        "https://www.523it.com/g/104943.html",
        P,
    ),
    # Neutral pre-due reminder with no threat or third-party disclosure.
    (
        "zh",
        C,
        [],
        "您有一笔款项明天到期，请注意。",
        "GitHub code-search index file id 43911265145 (过海有信 IOU-lending app SMS enum REPAYMENT_REMIND '还款提醒,未逾期')",
        P,
    ),
    # Plain overdue notice to the borrower only, no threats.
    (
        "zh",
        C,
        [],
        "您有一笔款项已逾期，请注意！",
        "GitHub code-search index file id 43911265145 (过海有信 IOU-lending app SMS enum REPAYMENT_EXPIRE_REMIND_LOANER '还款提醒,已逾期,借款方')",
        P,
    ),
    # States a truthful, lawful consequence (credit-bureau reporting) and gives a customer-service
    # contact.
    (
        "zh",
        C,
        [],
        "您的借款已严重逾期，我司正在准备上报征信的材料。请尽快处理您的欠款，如有疑问请联系客服400-606-707",
        "GitHub code-search index file id 21903804298 (cash-loan backend PHP helper getDescByOverdueDays, level 2 in-app/overdue copy)",
        P,
    ),
    # Factual overdue reminder that invites the borrower to get in touch if in difficulty.
    (
        "zh",
        C,
        [],
        "{客户名}您好，您的贷款{贷款编号}逾期已{逾期天数}天，未还金额{应还金额}，请今日内完成还款，如有困难请联系我们！",
        "GitHub code-search index file id 28592588507 (collection SaaS message-template spec, template '下午催款提醒')",
        P,
    ),
    # Factual arrears reminder to the member with payment channel; no threats.
    (
        "en",
        C,
        [],
        "Dear {name}, reminder; your {loan_product} is in arrears of Ksh. {amount} and accrues penalty daily. Submit any bankslips. Our Paybill is 521000",
        "GitHub code-search index file id 5460906403 (Kenyan SACCO Business Central report 50968 'Daily Loan Porfolio Process', FnRunSMSMember, SMS code MEMBERNOTICE)",
        P,
    ),
    # Statutory-style credit-bureau pre-listing notice with a stated grace period, which Kenyan
    # rules require.
    (
        "en",
        C,
        [],
        "Dear {name}, your {loan_product} arrears of Ksh. {amount} are overdue and you will be listed with CRB in {days} days if the arrears are not fully Cleared. KSACCO",
        "GitHub code-search index file id 5460906403 (Kenyan SACCO Business Central report 50968, FnRunSMSMemberCRBNoticeMobileLoans, SMS code CRBNOTICE)",
        P,
    ),
    # Sent only to the loan's guarantors, who are contractually liable, with a 14-day notice
    # before recovery.
    (
        "en",
        C,
        [],
        "Dear {guarantor_name}, Kindly note that {member_name} {loan_product} is {days} Days in arrears. We will proceed to recover the loan from your group deposits if the arrears are not paid in 14 days",
        "GitHub code-search index file id 5460906403 (Kenyan SACCO Business Central report 50968, FnRunSMSGroupMembers, SMS code GMEMBERSNOTICE, sent to loan guarantors)",
        P,
    ),
    # Due-today reminder mentioning only the contractual late fee.
    (
        "id",
        C,
        [],
        "{Gender},Hari ini batas bayar pinjaman. Jangan sampai kena denda.",
        "GitHub code-search index file id 66662074348 (Singa/Singacash collection voice-bot COLLECTION_PROMPT_TEMPLATE, T0 example line)",
        P,
    ),
    # Day-1 overdue reminder citing late interest, no threats or third parties.
    (
        "id",
        C,
        [],
        "{Gender},Pinjaman telat 1 hari! Lunasi sekarang, hindari bunga denda.",
        "GitHub code-search index file id 66662074348 (Singa/Singacash collection voice-bot COLLECTION_PROMPT_TEMPLATE, D1 example line)",
        P,
    ),
    # Discloses a borrower's overdue loan to a relative and falsely suggests the relative may bear
    # joint liability.
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "false_urgency_or_misleading"],
        "尊敬的用户，您亲属XXX在我司贷款已逾期，请及时督促还款，否则将影响征信并可能承担连带责任。",
        "https://www.523it.com/g/121984.html",
        P,
    ),
    # Threatens that the debt will harm the debtor's children's schooling and employment, a false
    # consequence banned by Chinese collection rules.
    (
        "zh",
        V,
        ["false_urgency_or_misleading"],
        "尊敬的{name}先生，您在某某平台申请的3万元消费贷已逾期17天，请尽快还款，否则将上报征信并影响子女就学就业。",
        "https://www.523it.com/g/121984.html",
        P,
    ),
    # The page itself cites this as a compliant reminder: identifies the account, amount and a
    # truthful credit-record consequence.
    (
        "zh",
        C,
        [],
        "尊敬的客户，您尾号XXXX的贷款已逾期3天，本期应还金额为2,856元，请尽快还款以免影响信用记录。",
        "https://www.523it.com/g/125466.html",
        P,
    ),
    # Threatens police referral for non-payment of a civil debt.
    (
        "zh",
        V,
        ["threat_arrest_or_criminal", "false_legal_action"],
        "再不还款将上报公安机关！",
        "https://www.523it.com/g/125466.html",
        P,
    ),
    # Threatens to send notices about the debt to the debtor's family and friends.
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact"],
        "家人朋友即将收到通知函！",
        "https://www.523it.com/g/125466.html",
        P,
    ),
    # States only the truthful credit-report consequence of non-payment, with no threats or third
    # parties.
    (
        "zh",
        C,
        [],
        "尊敬的客户，您名下贷款已逾期，请立即还款，否则将影响征信！",
        "https://www.523it.com/g/105363.html",
        P,
    ),
    # Same-day repayment reminder mentioning only the contractual late fee.
    (
        "sw",
        C,
        [],
        "Ndugu {full_name}, unakumbushwa kufanya malipo ya mkopo wako kabla ya saa kumi na nusu jioni ili kuepuka faini za kuchelewesha ama kulaza.",
        "GitHub code-search index file id 1212667362 (Tanzanian microcredit CodeIgniter controller, SMS to customers with pending daily repayment, loan_status 'withdrawal')",
        P,
    ),
    # Factual notice to the borrower that the loan term has ended, asking for payment without
    # specific threats.
    (
        "sw",
        C,
        [],
        "Ndugu {full_name}, mkopo wako wa TZS {loan_amount} ulitoka nje ya mkataba tarehe {loan_end_date}. Unakumbushwa kulipa deni lote unalodaiwa leo ili kuepuka hatua zaidi.",
        "GitHub code-search index file id 1212667362 (Tanzanian microcredit CodeIgniter controller, SMS for loans past contract end, loan_status 'out')",
        P,
    ),
    # Neutral due-today instalment reminder with the loan number.
    (
        "sw",
        C,
        [],
        "Habari ndugu mteja, unakumbushwa kulipa rejesho lako la leo la tarehe : {return_date}. Nambari ya mkopo : {loan_number}",
        "GitHub code-search index file id 35106710565 (Tanzanian microfinance PHP system, daily repayment reminder, sendSms call)",
        P,
    ),
    # Plain Pidgin credit receipt stating the balance and the promised pay-by date, no pressure
    # tactics.
    (
        "pcm",
        C,
        [],
        "{shop}: you carry {item} for {amount} on credit today. You talk say you go pay by {date}. Your total balance na {balance}.",
        "GitHub code-search index file id 70170732093 (Nigerian trader voice-ledger app 'TradeVoice', RECEIPT['Pidgin']['credit_sale'] with the 'due' clause inserted)",
        P,
    ),
    # Threatens a 24-hour pre-suit freeze of all the debtor's accounts unless paid, a misleading
    # legal threat the page says is typically fabricated.
    (
        "zh",
        V,
        ["false_legal_action", "false_urgency_or_misleading"],
        "【XX金融】关于您拖欠贷款一案，我方将于24小时内向法院申请诉前财产保全，冻结名下所有账户，请立即还款xxxx元撤回申请。",
        "https://www.dlllqs.com/qx/17986.html",
        P,
    ),
    # Threatens to contact family, friends and employer and falsely claims the credit record will
    # be 'permanently blacklisted', under a 24-hour ultimatum.
    (
        "zh",
        V,
        ["third_party_disclosure_or_contact", "false_legal_action", "false_urgency_or_misleading"],
        "【XX金融】您的贷款已严重逾期，涉嫌恶意拖欠，将面临法律诉讼，个人征信将永久拉黑，限您24小时内立即处理，否则将联系您的家人朋友及单位……",
        "https://www.523it.com/g/148128.html",
        P,
    ),
    # A collection outfit styled as a 'legal affairs' office claims legal proceedings have
    # started, which the page explains it has no power to do.
    (
        "zh",
        V,
        ["false_legal_action"],
        "【零一法务】您在XX平台的贷款已严重逾期，我方已受托启动法律程序，请立即还款，否则将上报征信并追究法律责任。",
        "https://www.523it.com/g/119235.html",
        P,
    ),
    # Plain overdue reminder naming the platform and the truthful credit-report consequence.
    (
        "zh",
        C,
        [],
        "尊敬的客户，您在宝付平台的贷款已逾期，请尽快还款，以免影响征信。",
        "https://www.523it.com/g/83437.html",
        P,
    ),
    # Claims a case has already been 'formally filed' and threatens criminal liability for an
    # ordinary civil debt, which the lawyer-author says courts never do by SMS.
    (
        "zh",
        V,
        ["false_legal_action", "threat_arrest_or_criminal"],
        "您因贷款逾期未还，已正式立案，请立即还款以免影响征信及承担刑事责任",
        "https://www.523it.com/g/108862.html",
        P,
    ),
    # A fabricated 'court hearing' notice with a case number and a link, which the page identifies
    # as third-party collector pressure rather than real court service.
    (
        "zh",
        V,
        ["false_legal_action", "false_urgency_or_misleading"],
        "xx金融已向法院提起诉讼，案号XXXX，将于X月X日开庭审理，请立即登录处理",
        "https://www.523it.com/g/107247.html",
        P,
    ),
    # States the overdue fact and the lender's genuine option to sue through the courts, with no
    # threats to third parties, arrest or fabricated proceedings.
    (
        "zh",
        C,
        [],
        "尊敬的使用者，您好！您在我司申请的借款现已逾期，请立即归还欠款。如未能按期还款，我司将采纳进一步措施，包含但不限于向法院提起诉讼。",
        "https://m.sqrb.com.cn/lvbaiye/yqyh/1205326.html",
        P,
    ),
    # Bank-branded notice giving days overdue, amount owed, the truthful credit-record consequence
    # and an official hotline.
    (
        "zh",
        C,
        [],
        "【苏州银行】尊敬的客户，您在我行的贷款已逾期X天，当前欠款金额为XXXX元，请尽快还款以免影响个人信用记录，详询客服XXX-XXXX-XXXX。",
        "https://www.523it.com/g/116009.html",
        P,
    ),
    # Polite reminder to the customer alone with balance, due date, payment channels and a contact
    # number.
    (
        "sw",
        C,
        [],
        "Habari {name}, tunakusalimu kutoka {store}.\n\nTunakukumbusha kuhusu salio la ununuzi wa bidhaa ({items}) kwa mkopo:\n• Salio Lililobaki: {balance}\n• Tarehe ya Mwisho wa Malipo: {due_date}\n\nTafadhali unaweza kulipia kupitia M-Pesa / Mixx By Yas / Airtel Money au kufika dukani kwetu.\nKwa maswali piga: {tel}.\nAsante sana!",
        "GitHub code-search index file id 59404389404 (Tanzanian electronics-shop credit/debtors tracker, WhatsApp reminder branch 'Standard Polite')",
        P,
    ),
    # Short arrears reminder sent only to the borrower with a number to call, containing no threat
    # or third-party disclosure.
    (
        "sw",
        C,
        [],
        "Habari\nUnakumbushwa kulipa deni lako (Arreas) kuepusha usumbufu.\nKwa maelezo Zaidi piga {phone}",
        "GitHub code-search index file id 57350823965 (Tanzanian microfinance portal, DEMAND_DEFAULT demand message sent by WhatsApp/SMS to the customer)",
        P,
    ),
    # Twelfth collection (session 10, 2026-11-29): one helper barred from the checker, the
    # packs and the corpus; texts within 10% of a row above (by difflib ratio) dropped as
    # duplicates; measured before any pack change. Ten violation examples it found were
    # left out: written by developers (classifier training rows, a scam seed set, a quiz,
    # a synthetic event generator), not collection texts anyone published or sent.
    # Plain reminder to the debtor stating the balance and inviting contact or payment, with no
    # threat or third-party disclosure.
    (
        "sw",
        C,
        [],
        "{JINA LA DUKA}: Habari {jinaMteja}, huu ni ukumbusho wa deni lako. Deni lililobaki: {TSh deniLililobaki}. Yanayoendelea: {yanayoendelea}. Bidhaa zilizobaki: {bidhaa}. Tafadhali wasiliana nasi au fanya malipo. Asante.",
        "Tanzanian shop credit app (Meseji SMS), buildKumbushoSMS manual debt reminder, public GitHub file (stored index file id 68371031587); variable expressions shown as {placeholders}",
        P,
    ),
    # Neutral pre-due reminder to the member with official payment channels only.
    (
        "sw",
        C,
        [],
        "Mwanachama, kumbuka kulipa mkopo wako kesho kutwa {tarehe}. Unaweza kutuma kwa Pay bill 323730 Loitokitok au 323731 Kimana. Account ni Loan number yako.",
        "Kenyan SACCO Business Central report 51516982 'daily reminder' (Loitokitok/Kimana paybills), SMS to members two days before the instalment, public GitHub file (stored index file id 39905645910); date variable shown as {tarehe}",
        P,
    ),
    # Courteous advance reminder addressed only to the borrower, no threats.
    (
        "sw",
        C,
        [],
        "Habari {first_name}, kumbuka kwamba mkopo wako #{loan_id} utamalizika tarehe {dd-mm-yyyy}. Tafadhali hakikisha umeanza kulipa kwa wakati.",
        "Tanzanian lender Laravel command SendLoanPaymentReminders (Africa's Talking, sender 'NK CNG'), reminder one week before loan end date, public GitHub file (stored index file id 3338929104); variables shown as {placeholders}",
        P,
    ),
    # Due-date reminder that only mentions the contractual late penalty, which is a lawful
    # consequence.
    (
        "sw",
        C,
        [],
        "Habari {first_name}, leo ni siku ya mwisho ya kulipa mkopo wako #{loan_id}. Tafadhali lipa ili usipate adhabu au penalty.",
        "Tanzanian lender Laravel command SendLoanPaymentReminders (Africa's Talking, sender 'NK CNG'), due-date reminder, public GitHub file (stored index file id 3338929104); variables shown as {placeholders}",
        P,
    ),
    # Polite due-date reminder to the borrower with amount and date only.
    (
        "id",
        C,
        [],
        "Halo {nama}, tagihan pinjaman Anda sebesar {jumlah} jatuh tempo pada {tanggal}. Mohon segera melakukan pembayaran. Terima kasih.",
        "Indonesian cooperative (koperasi) loan app helper pesanTagih, WhatsApp billing message built by waLink, public GitHub file (stored index file id 70825216931); variables shown as {placeholders}",
        P,
    ),
    # Friendly, non-threatening request for a repayment plan sent only to the debtor.
    (
        "id",
        C,
        [],
        "Siang [name], bertanya dong, buat pelunasan utang kemarin sudah ada rencana mau bayarnya kapankah? Semoga urusan ini cepat beres ya, [name]. Hehe.",
        "https://doku.promo/cara-menagih-hutang-lewat-whatsapp (DOKU blog, 'Bingung Cara Menagih Hutang Lewat WhatsApp?', example message; the example's first name replaced)",
        P,
    ),
    # Confirms the debtor's own promise to pay and gives a deadline without any threat.
    (
        "id",
        C,
        [],
        "Terima kasih, konfirmasi janji bayar Anda telah kami catat di sistem perbankan. Silakan selesaikan pembayaran sebelum pukul 17.00 WIB.",
        "Indonesian bank collection-management system (CRMS) Twilio IVR handler, HandleGather reply for digit 1 (promise to pay), public GitHub file (stored index file id 69488396731)",
        P,
    ),
    # Neutral pre-due EMI reminder listing amount, date and payment options.
    (
        "hi",
        C,
        [],
        "⏰ *EMI रिमाइंडर*\n\nप्रिय {customerName},\n\nआपकी EMI का भुगतान देय है:\n\n📋 *EMI विवरण:*\n• लोन ID: {loanId}\n• EMI संख्या: {emiNumber}\n• राशि: ₹{amount}\n• देय तिथि: {dueDate}\n• दिन बचे: {daysRemaining}\n\nकृपया समय पर भुगतान करें।\n\n💳 *भुगतान विकल्प:*\n• नकद भुगतान\n• ऑनलाइन ट्रांसफर\n• चेक/DD\n\n*JLS FINANCE LTD*\n📞 संपर्क: +91-XXXXXXXXXX",
        "JLS FINANCE LTD WhatsApp service (360Dialog/Twilio), getMessageTemplate 'emi_reminder', public GitHub file (stored index file id 12373327975); variables shown as {placeholders}",
        P,
    ),
    # Overdue notice to the borrower stating days overdue and late fee, firm but without threats
    # or third parties.
    (
        "hi",
        C,
        [],
        "🚨 *EMI अतिदेय सूचना*\n\nप्रिय {customerName},\n\nआपकी EMI का भुगतान अतिदेय है:\n\n📋 *विवरण:*\n• लोन ID: {loanId}\n• EMI संख्या: {emiNumber}\n• राशि: ₹{amount}\n• देय तिथि: {dueDate}\n• अतिदेय दिन: {overdueDays}\n• विलंब शुल्क: ₹{lateFee}\n\nकृपया तुरंत भुगतान करें।\n\n*JLS FINANCE LTD*\n📞 तत्काल संपर्क: +91-XXXXXXXXXX",
        "JLS FINANCE LTD WhatsApp service (360Dialog/Twilio), getMessageTemplate 'emi_overdue', public GitHub file (stored index file id 12373327975); variables shown as {placeholders}",
        P,
    ),
    # Truthful statement of credit-bureau consequences of an NPA account, which RBI rules permit.
    (
        "hi",
        C,
        [],
        "आपका खाता एनपीए श्रेणी में है — इसका असर सिबिल प्रोफ़ाइल और भविष्य में लोन मिलने पर पड़ सकता है।",
        "PaisaLo collection voice-agent fragment library v1, fragment fact_cibil_npa (voice line, lock marker omitted), public GitHub file (stored index file id 63279004090)",
        P,
    ),
    # Plain statement of amount and due date to the borrower.
    (
        "hi",
        C,
        [],
        "आपकी कुल देय राशि {repay_amount} रुपये है और ड्यू डेट {due_date} है।",
        "PaisaLo collection voice-agent fragment library v1, fragment fact_amount_due (voice line), public GitHub file (stored index file id 63279004090)",
        P,
    ),
    # Polite overdue reminder asking the borrower when they can pay.
    (
        "hi",
        C,
        [],
        "{{prospect_name}} ji, aapki EMI of rupees 29,331 jo 7 February ko due thi, wo abhi tak pending hai. Kya aap abhi payment kar sakte hain?",
        "Smallest AI sales-agent prompt, collections simulation mirroring the Paytm demo agent, state REASON_FIRST (Hinglish voice line), public GitHub file (stored index file id 66320284510)",
        P,
    ),
    # Mentions only lawful consequences (fees, credit score) and offers a payment link.
    (
        "hi",
        C,
        [],
        "Main samajh sakta/sakti hoon. Bas aapko inform karna chahta/chahti tha ki delay se additional fees aur credit score pe asar pad sakta hai. Kya main aapko ek secure payment link SMS kar doon? Aap apni convenience pe payment kar sakte hain.",
        "Smallest AI sales-agent prompt, collections simulation mirroring the Paytm demo agent, state NUDGE_1 (Hinglish voice line), public GitHub file (stored index file id 66320284510)",
        P,
    ),
    # Courteous overdue notice stating the agreed penalty and total, addressed only to the debtor.
    (
        "fil",
        C,
        [],
        "Magandang araw po {customerName}! Paalala lang po mula sa {storeName}: Ang inyong utang na ₱{balance} ay lumampas sa takdang petsa noong {dueDate}.\n\nMay dagdag na late penalty na ₱{penaltyAmount} ({overdueUnits} x ₱{penaltyRate}/{penaltyFrequency}).\nKabuuang dapat bayaran: ₱{totalDue}.\n\nPaki-settle po sa lalong madaling panahon. Maraming salamat po!",
        "Philippine store credit (utang/listahan) Flutter app, _sendReminder overdue-with-penalty branch, public GitHub file (stored index file id 70452649673); variable expressions shown as {placeholders}",
        P,
    ),
    # Polite overdue reminder with no threats or disclosure.
    (
        "fil",
        C,
        [],
        "Magandang araw po {customerName}! Paalala lang po mula sa {storeName}: Ang inyong balance na ₱{balance} ay lumampas sa takdang petsa noong {dueDate}. Paki-settle po sa lalong madaling panahon. Maraming salamat po!",
        "Philippine store credit (utang/listahan) Flutter app, _sendReminder overdue branch without penalty, public GitHub file (stored index file id 70452649673); variable expressions shown as {placeholders}",
        P,
    ),
    # Neutral pre-due reminder.
    (
        "fil",
        C,
        [],
        "Magandang araw po {customerName}! Paalala lang po mula sa {storeName} tungkol sa inyong balance na ₱{balance} na nakatakda sa {dueDate}. Maraming salamat po!",
        "Philippine store credit (utang/listahan) Flutter app, _sendReminder pre-due branch, public GitHub file (stored index file id 70452649673); variable expressions shown as {placeholders}",
        P,
    ),
    # Polite same-day payment reminder with amount and due date only.
    (
        "fil",
        C,
        [],
        "Magandang araw {fullname}! Paalala po na wala pa po kaming natatanggap na bayad ngayong araw. Ang iyong daily payment ay: ₱{daily_payment}. Due date: {dueDate}. Maraming salamat po.",
        "Philippine daily-payment lending system, SMS to clients with no payment received today (Semaphore-style curl sender), public GitHub file (stored index file id 57379328190); variables shown as {placeholders}",
        P,
    ),
    # Neutral Pidgin payment reminder stating amount and due date.
    (
        "pcm",
        C,
        [],
        "Reminder: Your payment of ₦{{premium_amount}} for policy {{policy_number}} go reach on {{due_date}}. Abeg pay make e no expire.",
        "Nigerian insurance notification templates, 'payment-reminder-pcm-sms' (Nigerian Pidgin), public GitHub file (stored index file id 57499947235)",
        P,
    ),
    # Falsely implies a court case and imposes a four-hour deadline, deceptive under the FDCPA (15
    # U.S.C. 1692e).
    (
        "en",
        V,
        ["false_legal_action", "false_urgency_or_misleading"],
        "You have four hours to contact us. You have been named as a respondent and may have to appear in court…",
        "http://datcp.wi.gov/(X(1)S(yfmshkq3ojur0qvg342f4n34))/Consumer/Consumer_Alerts/index.aspx?Id=991&AspxAutoDetectCookieSupport=1 (Wisconsin DATCP consumer alert 'Phantom Debt Calls Nothing to Fear', 17 Dec 2013, recorded robocall opener; voice, not SMS)",
        Q,
    ),
    # Firm reminder to the borrower asking for a payment date and offering relief, with no threats
    # or third-party contact.
    (
        "en",
        C,
        [],
        "Dear {name},\n\nWe are seeing that though you have been repeatedly committing that you would make your payment, but that is not happening. And now it has crossed your repayment due date by several days.\n\nOn our part we have always tried to be as understanding as possible, given the current situation, but somehow you are repeatedly failing in your commitment to pay. We had extended the loan to you as you needed funds urgently, maybe to tackle some emergency situations. We are ready to extend the same service again and again. But on your part you have to adhere to the due date for repayment and clear your dues.\n\nYou can see for yourself how many days you have delayed in making your payment. Please realize that the interest amount has piled up and may have gone beyond manageable level. How do you think you can cover that? We had spoken to you on several occasions and tried to assure you of our help and support, but at the end of the day we need your payment so we can continue being of help to you.\n\nPlease reply to this email giving a date when you will surely be able to pay your dues. Once you do that, we can work out something which will ease your interest burden.\n\nLooking forward to hearing from you asap.\n\n{companyName} - Recovery Team",
        "ShubhamNextBigBox/cashpey resources/views/emailTemplate/repeatedCommitments.blade.php, public GitHub file (CreditPey, Indian digital lender; collection e-mail, not SMS; variables shown as {placeholders})",
        P,
    ),
    # Courteous pre-due payment reminder.
    (
        "zh",
        C,
        [],
        "{客户名} 您好，{项目名}的{定金/尾款}{金额}即将到期，方便时请完成支付。如有疑问随时联系我。[摄影师姓名]",
        "Photography-studio client portal, draftPaymentTemplate (daysOverdue <= 0), public GitHub file (stored index file id 60318237515); template expressions shown as {placeholders}",
        P,
    ),
    # Gentle overdue reminder to the debtor only.
    (
        "zh",
        C,
        [],
        "{客户名} 您好，{项目名}的{金额}已逾期{天数}天，方便时请安排一下，谢谢！[摄影师姓名]",
        "Photography-studio client portal, draftPaymentTemplate (daysOverdue <= 7), public GitHub file (stored index file id 60318237515); template expressions shown as {placeholders}",
        P,
    ),
    # Asks for payment and offers to negotiate, no threat.
    (
        "zh",
        C,
        [],
        "{客户名} 您好，关于{项目名}的{金额}已逾期{天数}天，还请尽快安排支付。如果遇到困难可以说一声，我们商量解决方案。[摄影师姓名]",
        "Photography-studio client portal, draftPaymentTemplate (daysOverdue <= 30), public GitHub file (stored index file id 60318237515); template expressions shown as {placeholders}",
        P,
    ),
    # States a lawful contractual consequence (suspending further service) without threats or
    # disclosure.
    (
        "zh",
        C,
        [],
        "{客户名} 您好，{项目名}的{金额}已严重逾期{天数}天。如本周内未收到款项，将暂停后续服务。如有特殊情况请及时沟通。[摄影师姓名]",
        "Photography-studio client portal, draftPaymentTemplate (daysOverdue > 30), public GitHub file (stored index file id 60318237515); template expressions shown as {placeholders}",
        P,
    ),
    # Informs the policy-loan borrower how to repay via an official virtual account, with no
    # pressure or threat.
    (
        "id",
        C,
        [],
        "Kepada Yth. Nasabah Gadai Polis {prefix}-{nomor polis}, Untuk pelunasan gadai sekarang dapat menggunakan nomor Virtual Account (VA) 98855085{8 digit nomor polis}. Info 021-1500151",
        "Indonesian life insurer policy-loan (gadai polis) SMS sender, SQL-built MESSAGE for KDSMS 'J' (BNI virtual account), public GitHub file (stored index file id 21481594457); SQL concatenations shown as {placeholders}",
        P,
    ),
    # Short neutral reminder stating the amount and a payment channel.
    (
        "sw",
        C,
        [],
        "Habari! Una deni ya KSh {{ order.outstanding_amount }}.\nTafadhali lipa leo kupitia M-Pesa.",
        "Kenyan commerce workflow spec (KCOS), debt-reminder pattern step wa_reminder (WhatsApp, days overdue <= 2), public GitHub file (stored index file id 62864280223)",
        P,
    ),
    # Overdue notice to the borrower citing only the contractual penalty.
    (
        "sw",
        C,
        [],
        "Mpendwa {customerName}, mkopo wako (Akaunti: {loanAccountNumber}) una malipo yaliyochelewa ya TZS {amountOverdue} kwa siku {daysOverdue}. Tafadhali lipa haraka iwezekanavyo kuepuka adhabu. Asante - Orethan Microfinance.",
        "Orethan Microfinance (Tanzania) App\\Sms\\SmsTemplates::paymentOverdue, public GitHub file (stored index file id 55841255141); variables shown as {placeholders}",
        P,
    ),
    # Due-day reminder with a lawful late-penalty warning.
    (
        "sw",
        C,
        [],
        "Mpendwa {customerName}, LEO {dd/mm/yyyy} ni siku ya malipo ya mkopo wako ({loanNo}) ya TZS {amountDue}. Tafadhali lipa sasa ili kuepuka adhabu ya kuchelewa. Asante - Orethan Microfinance.",
        "Orethan Microfinance (Tanzania) App\\Sms\\SmsTemplates::paymentReminderToday, public GitHub file (stored index file id 55841255141); variables shown as {placeholders}",
        P,
    ),
    # Addressed to the borrower's contractual guarantor, who may lawfully be informed of the
    # default, and contains no threat.
    (
        "sw",
        C,
        [],
        "Mpendwa {guarantorName}, {clientName} ambaye ulimdhamini hajafanya marejesho ya mkopo wake, hivyo deni limeongezeka kwa asilimia {percentage}% kama sera inavyosema. Tunakuomba umkumbushe kufanya marejesho ili kuepuka usumbufu. Asante - Orethan Microfinance.",
        "Orethan Microfinance (Tanzania) App\\Sms\\SmsTemplates::guarantorOverdueNotice (sent to the loan's guarantor), public GitHub file (stored index file id 55841255141); variables shown as {placeholders}",
        P,
    ),
    # Polite arrears notice to the borrower naming the assigned collector and possible penalty
    # only.
    (
        "fil",
        C,
        [],
        "Magandang araw {borrowerName}, paalala mula sa {comp}. Ang inyong hulog sa Loan #{loanNo} ay {days} araw nang overdue na may halagang {arrears}. Mangyaring makipag-ugnayan sa inyong collector na si {collectorName} ({areaName}) upang maiwasan ang karagdagang multa. Salamat!",
        "Philippine microlending collection app ('Lending Plus' default), handleCopySMS arrears text, public GitHub file (stored index file id 71096515669); variable expressions shown as {placeholders}",
        P,
    ),
    # Uses the threat of an unannounced visit to pressure a non-responding borrower, against the
    # RBI fair-practice rule that recovery contact must avoid intimidation and respect the
    # borrower's privacy.
    (
        "en",
        V,
        ["threat_home_or_workplace_visit"],
        "Dear {name},\n\nYou had taken a loan from us for {loanAmtApproved} and your repayment date was {repayDate}.\n\nYou have not only failed to repay till date but for the last few days you are not answering our calls or reverting to our mails.\n\nSince we are not able to talk to you regarding to your pay back, we would like to visit you to discuss your problems so we can offer some solutions.\n\nPlease let us know when we can come to you.\n\nLooking forward to your confirmation, failing for which we may have to make an unscheduled visit.\n\nPlease confirm\n\nTeam\n{companyName}",
        "ShubhamNextBigBox/cashpey resources/views/emailTemplate/noAnswer.blade.php, public GitHub file (CreditPey, Indian digital lender; collection e-mail, not SMS; variables shown as {placeholders})",
        P,
    ),
    # Thirteenth collection (session 10, 2026-11-29): one helper barred from the checker, the
    # packs and the corpus; texts within 10% of a row above (by difflib ratio) dropped as
    # duplicates; measured before any pack change. Told to look for messages actually
    # sent, quoted in news and by regulators; two Indonesian rows are fragments as quoted.
    # A loan shark's message quoted by the England Illegal Money Lending Team: it threatens to
    # involve the borrower's mother and to come back, with an implied threat to her property.
    (
        "en",
        V,
        ["third_party_disclosure_or_contact", "threat_home_or_workplace_visit"],
        "I will speak to your mum now... And I will come back later... She's got a nice car.",
        "https://crimestoppers-uk.org/news-campaigns/news/2023/dec/friend-to-foe-%E2%80%93-why-you-should-never-trust-loan-sharks (Crimestoppers UK, 'Friend to foe – why you should never trust loan sharks', Dec 2023, guest blog by the England Illegal Money Lending Team / Stop Loan Sharks)",
        Q,
    ),
    # An SMS sent to a person on the borrower's contact list (not the borrower) that tells them
    # about his default and asks them to make him pay.
    (
        "en",
        V,
        ["third_party_disclosure_or_contact"],
        "Mr [name] s/o Mr [name] is defaulting on a loan availed from PayMe India. Please ask to repay his dues to avoid further collection & legal proceedings.",
        "https://www.filecomplaintonline.com/payme-india-sms-to-clients-contact-list-is-unfair-practice/ (FileComplaintOnline consumer complaint, 'PayMe India SMS to clients contact list is unfair practice', SMS from sender AM-PayMeR)",
        Q,
    ),
    # A public Instagram comment that demands repayment with an obscene insult ('LONT'), shaming
    # the target in front of her followers.
    (
        "id",
        V,
        ["insult_or_obscene", "public_shaming"],
        "WOI LONT BAYAR HUTANGG",
        "https://portalistana.id/?p=6126 (Portal Istana, Semarang, 'Teror Modus Penagihan Hutang di Kolom Komentar Medsos'; Instagram comments by an anonymous debt-collecting account on victim AN's posts)",
        Q,
    ),
    # Threatens to spread the target's face on a prostitution ('open BO') app to pay off the debt:
    # sexual humiliation and public shaming.
    (
        "id",
        V,
        ["public_shaming", "insult_or_obscene"],
        "GUA VIRALIN MUKA LO DI APLIKASI OPEN BO BUAT BAYAR HUTANG LO",
        "https://portalistana.id/?p=6126 (Portal Istana, Semarang, 'Teror Modus Penagihan Hutang di Kolom Komentar Medsos'; Instagram comments by an anonymous debt-collecting account on victim AN's posts)",
        Q,
    ),
    # Threatens to make the target's face go viral across the whole city of Semarang over a debt.
    (
        "id",
        V,
        ["public_shaming"],
        "GUA VIRALIN MUKA LO SEKOTA SEMARANG YA",
        "https://portalistana.id/?p=6126 (Portal Istana, Semarang, 'Teror Modus Penagihan Hutang di Kolom Komentar Medsos'; Instagram comments by an anonymous debt-collecting account on victim AN's posts)",
        Q,
    ),
    # A fragment of a collector's message (quoted only partly by the source) threatening to
    # confront the borrower in person in the street, in public.
    (
        "id",
        V,
        ["threat_home_or_workplace_visit", "false_urgency_or_misleading"],
        "akan ditagih langsung di jalan",
        "https://amp.suara.com/news/2025/05/15/214330/debt-collector-pinjol-ilegal-ancam-tagih-hutang-di-jalanan-nasabah-galbay-wajib-tahu (Suara.com, 15 May 2025, intimidation messages from illegal pinjol debt collectors)",
        Q,
    ),
    # A fragment of a collector's message (quoted only partly by the source) threatening to make
    # the debt public.
    (
        "id",
        V,
        ["public_shaming"],
        "akan diumumkan ke publik",
        "https://amp.suara.com/news/2025/05/15/214330/debt-collector-pinjol-ilegal-ancam-tagih-hutang-di-jalanan-nasabah-galbay-wajib-tahu (Suara.com, 15 May 2025, intimidation messages from illegal pinjol debt collectors)",
        Q,
    ),
    # An explainer's example of a loan-app 'dirty trick': an unsolicited credit followed by a
    # vague threat of 'action' to pressure repayment.
    (
        "en",
        V,
        ["false_urgency_or_misleading"],
        "₹18,500 credited to your account xxxx. Repay in 7 days or face action.",
        "https://getloancredit.com/5-dirty-tricks-some-loan-apps-use-and-how-to-outsmart-them/ (GetLoanCredit blog, '5 dirty tricks some loan apps use')",
        P,
    ),
    # A factual arrears reminder naming the creditor and amount; it gives a true consequence
    # (credit report) and a hotline, with no threat or third-party disclosure.
    (
        "en",
        C,
        [],
        "Dear Mr./Ms. xx from xx Bank, you have been in arrears of xx yuan in xx bank for 3 months. Please repay in time within two days to avoid affecting your credit report. Consultation hotline xx !",
        "https://wodefinance.com/Creditcardoverdue/qptwyjaugt.html (WodeFinance, English version of a Chinese 'loan repayment SMS template' page)",
        P,
    ),
    # A polite installment reminder from the identified creditor that states only a lawful
    # consequence (credit reporting).
    (
        "en",
        C,
        [],
        "Dear Mr./Ms. xx from xx Bank, hello! This is the staff of xx Bank. As of xx, month xx, xx, your xx installment has not been deposited yet. Please contact us at Repay the loan on xx day and on time, otherwise it will affect your credit report. Consult hotline xx!",
        "https://wodefinance.com/Creditcardoverdue/qptwyjaugt.html (WodeFinance, English version of a Chinese 'loan repayment SMS template' page)",
        P,
    ),
    # A recovery agent's message, quoted from the victim's suicide note, telling someone to make
    # the borrower pay and threatening to strip him naked and post it online.
    (
        "en",
        V,
        [
            "threat_violence",
            "public_shaming",
            "third_party_disclosure_or_contact",
            "insult_or_obscene",
        ],
        "Tell him to repay the loan; otherwise, today I will strip him naked and upload it on social media.",
        "https://redbacksecurity.com/blog-post.php?id=5 (Redback Security blog republishing an Al Jazeera report on Indian loan-app harassment; last message received by Bhupendra Vishwakarma, Bhopal, Aug 2023)",
        Q,
    ),
    # The CFPB's own example of a lawful limited-content voicemail: business name, contact names
    # and call-back number only, with no debt disclosed.
    (
        "en",
        C,
        [],
        "This is [name] calling from ABC, Inc. Please contact me or [name] at [phone].",
        "https://support.smslp.com/kb/a2740/cfpb-fdcpa-what-messages-are-not-limited-content-messages.aspx (SMSLP knowledge base quoting the CFPB Debt Collection Rule small entity compliance guide / comment 1006.2(j); fictional example names and number replaced)",
        P,
    ),
    # The CFPB's example of a limited-content voicemail that adds only the optional content the
    # rule permits (greeting, date/time, reply window).
    (
        "en",
        C,
        [],
        "Hi, this is [name] calling from ABC, Inc. It is 4:15 p.m. on Wednesday, September 1. Please contact me or any of our representatives at [phone] until 6:00 p.m. Eastern time, or any weekday from 8:00 a.m. to 6:00 p.m. Eastern time.",
        "https://support.smslp.com/kb/a2740/cfpb-fdcpa-what-messages-are-not-limited-content-messages.aspx (SMSLP knowledge base quoting the CFPB Debt Collection Rule small entity compliance guide / comment 1006.2(j); fictional example names and number replaced)",
        P,
    ),
    # A typical overdue notice addressed to the borrower only, listing lawful consequences (late
    # fees, credit reporting, legal action) with no insult, threat of violence or disclosure.
    (
        "zh",
        C,
        [],
        "尊敬的用户,您在XX网贷平台借款的XX元,已逾期XX天,请尽快还款。逾期未还,我们将采取以下措施:1.每日计收XX元逾期罚息;2.将逾期信息报送征信机构;3.采取法律手段追究责任。",
        "https://www.4fzw.com/x/884400776_749989138 (Chinese explainer on online-loan overdue collection SMS, example message)",
        P,
    ),
    # A law firm's example of an unlawful collector threat: 'we will have you jailed' over a civil
    # debt.
    (
        "fil",
        V,
        ["threat_arrest_or_criminal"],
        "Ipapakulong ka namin",
        "https://www.respicio.ph/commentaries?offset=1777531809615 (Respicio & Co. commentaries listing; table of online lending app harassment types, example under 'Threats')",
        P,
    ),
    # Fourteenth collection (session 11, 2026-11-29): one helper barred from the checker, the
    # packs and the corpus; texts within 10% of a row above (by difflib ratio) dropped as
    # duplicates; measured before any pack change. Told to look for messages actually
    # sent, quoted in news and by regulators; only seven new texts were found.
    # first SMS from a 106 number
    (
        "zh",
        V,
        ["threat_home_or_workplace_visit", "false_urgency_or_misleading"],
        "【分期金融】刘某某,还贷呗欠款网贷由于多次与您协商无果,清收人员将于今日12点拟定债务委托书,授权专员到预留证件地上访,还款终止拒收请回复R。",
        "https://baijiahao.baidu.com/s?for=pc&id=1804392248467827731&wfr=spider (澎湃新闻 report on 还呗/分众小贷 collection SMS received by a Hunan court employee listed as a borrower's contact)",
        Q,
    ),
    # second SMS the same day
    (
        "zh",
        V,
        ["threat_home_or_workplace_visit", "third_party_disclosure_or_contact"],
        "【分期金融】刘某某,还贷呗欠款沟通后仍拒还,资料已核实完毕,现将出发到平台预留地址,全额收缴并联合当地村(居)委陪同全款清收,拒收请回复R。",
        "https://baijiahao.baidu.com/s?for=pc&id=1804392248467827731&wfr=spider (澎湃新闻 report on 还呗/分众小贷 collection SMS received by a Hunan court employee listed as a borrower's contact)",
        Q,
    ),
    (
        "zh",
        V,
        ["false_legal_action", "threat_arrest_or_criminal", "third_party_disclosure_or_contact"],
        "有关你恶意逾期案,于调解期内未履行清偿义务,已构成恶意欺诈的基本事实,立案材料整理完毕,请本人和家眷配合相关部门核查",
        "http://wp.rexun.cn/jiaodian/2023/0315/031589015.html (澎湃新闻 report, Mar 2023, threatening collection SMS received by overdue borrower 莫先生)",
        Q,
    ),
    (
        "zh",
        V,
        ["false_legal_action", "third_party_disclosure_or_contact"],
        "今明两日相关传票和诉讼副本法律文书欠款合同,发往身份证户籍地村委会,村委通知家人",
        "http://wp.rexun.cn/jiaodian/2023/0315/031589015.html (澎湃新闻 report, Mar 2023, threatening collection SMS received by overdue borrower 莫先生)",
        Q,
    ),
    # fragment; stored copy cuts off mid-message
    (
        "zh",
        V,
        ["false_legal_action", "threat_arrest_or_criminal", "impersonation_official"],
        "莫某某因涉嫌金融诈骗罪,审理时间:2023年2月22日10时,距开庭不足24小时,请做好诉前准备,传票今日将送达原账单地址,若缺席出庭拒不归还,桂林市法院将作出败诉判决,处1年以上刑责并处2-5万不等罚金,",
        "http://wp.rexun.cn/jiaodian/2023/0315/031589015.html (澎湃新闻 report, Mar 2023, threatening collection SMS received by overdue borrower 莫先生)",
        Q,
    ),
    # fragment as quoted ('penggalan isi pesan')
    (
        "id",
        V,
        ["third_party_disclosure_or_contact"],
        "Tolong sampaikan kepada beliau untuk segera bayarkan tagihannya. Karena beliau tidak dapat dihubungi dan nomor Anda dihubungi karena direferensikan sebagai kontak daruratnya",
        "https://www.pajak.com/ekonomi/waspada-pinjaman-online-ilegal-pinjol-kenali-cirinya/ (Pajak.com news, messages from an illegal pinjol received by members of a WhatsApp group listed as a borrower's contacts)",
        Q,
    ),
    # app name and debtor identity redacted by the source
    (
        "id",
        V,
        ["third_party_disclosure_or_contact", "public_shaming"],
        "Selamat Sore, dari aplikasi xxxxx. Tolong sampaikan bahwa teman Anda (menyertakan seluruh identitas debitur) membawa kabur dana perusahaan, untuk segera mengembalikan dananya. Apabila tidak ada itikad baik dari beliau, kami akan terus hubungi nomor Anda.",
        "https://www.pajak.com/ekonomi/waspada-pinjaman-online-ilegal-pinjol-kenali-cirinya/ (Pajak.com news, messages from an illegal pinjol received by members of a WhatsApp group listed as a borrower's contacts)",
        Q,
    ),
    # 15th collection (session 13): reminder templates in public code (Swahili, Hindi and
    # Hinglish), measured before any change.
    (
        "sw",
        C,
        [],
        "Ndugu ${loan.borrowerName}, huu ni ukumbusho wa kirafiki kuhusu marejesho ya mkopo #${loan.loanNumber} ya ${formatTzs(remaining)} yanayotakiwa kabla ya tarehe ${formattedDueDate}. Kurejesha kwa wakati kunaboresha alama zako za mkopo za BOT/Creditinfo. Asante!",
        "Tanzanian lending dashboard, SendPaymentReminderModal templates[0] 'Ukumbusho wa Kirafiki (Friendly)', public GitHub file (stored index file id 70206286229)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Habari ${loan.borrowerName}, tarehe ya ukomo wa marejesho ya mkopo #${loan.loanNumber} (Kiasi: ${formatTzs(remaining)}) inakaribia tarehe ${formattedDueDate}. Tafadhali fanya marejesho kwa M-Pesa / Tigo Pesa mapema kuepuka tozo za kuchelewa.",
        "Tanzanian lending dashboard, SendPaymentReminderModal templates[1] 'Tarehe Inakaribia (Due Soon)', public GitHub file (stored index file id 70206286229)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "TAARIFA MUHIMU: Marejesho yako ya mkopo #${loan.loanNumber} ya ${formatTzs(remaining)} yanatakiwa kulipwa tarehe ${formattedDueDate}. Tafadhali lipa sasa ili kulinda uaminifu na rekodi yako ya NIDA kwenye Benki Kuu ya Tanzania.",
        "Tanzanian lending dashboard, SendPaymentReminderModal templates[2] 'Muhimu & Haraka (Urgent Notice)', public GitHub file (stored index file id 70206286229)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Habari {{jina}},\n\nHuu ni ukumbusho wa deni lako la TZS {{kiasi}}.\n\nTafadhali lipa kwa wakati.\n\nAsante.",
        "DukaLangu Smart POS SMS template id 'debt' ('Ukumbusho wa Deni'), public GitHub file (stored index file id 59187844208)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "Habari {$firstName}, Unakumbushwa kulipa deni lako la Sh {$remainingAmount} kwa bidhaa ulizonunua. Tafadhali lipa kwa wakati ili kuepuka usumbufu. Asante!",
        "Shop credit-sale alert SMS (Laravel), public GitHub file (stored index file id 65954140872)",
        P,
    ),
    (
        "sw",
        C,
        [],
        "💳 Deni lako la KSh $amount linafaa kulipwa baada ya siku $daysLeft. Lipa mapema!",
        "Kenyan finance app alert text (Kotlin, language == 'sw' branch), public GitHub file (stored index file id 55191491360)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "नमस्ते, मैं सहकार कृषि विकास बैंक से आरव बोल रहा हूँ. आपके ऋण की किस्त बकाया है. हमने आपके व्हाट्सएप पर सुरक्षित पेमेंट लिंक भेजी है. कृपया जल्द से जल्द भुगतान करें. धन्यवाद, आपका दिन शुभ हो.",
        "Outbound recovery-call greeting script (TEXTS.hi), GitHub manoj2patil/Ai-Loan-Recovery-agent, 09-v2-app scripts/generate-greeting.mjs (stored index file id 55494861875)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "अभी ${p.amount} का भुगतान करें। आपका भुगतान ${p.overdueDays} दिन बकाया है।",
        "emidost device-financing app, lockScreenCopy('hi').overdue, public GitHub file (stored index file id 70917126490)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "अपना फोन अनलॉक करने के लिए ${p.amount} का भुगतान करें। भुगतान की आखिरी तारीख ${p.dueDate} थी। मदद के लिए अपने रिटेलर को ${p.retailerPhone} पर कॉल करें।",
        "emidost device-financing app, lockScreenCopy('hi').locked, public GitHub file (stored index file id 70917126490)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "Rahul ji aapki Rs5000 EMI 8 din se overdue hai. Aaj payment karein.",
        "VAADA Hinglish collections demo, EXAMPLES 'Promise to Pay - Delhi' reminder, GitHub singhhnitin/vaada app.py (stored index file id 57434355398)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "Arre Rs12000 business loan 20 din overdue. Settlement offer hai.",
        "VAADA Hinglish collections demo, EXAMPLES 'Partial Payment - Mumbai' reminder, GitHub singhhnitin/vaada app.py (stored index file id 57434355398)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "Boss Rs8000 EMI miss ho gayi. CIBIL affect hoga.",
        "VAADA Hinglish collections demo, EXAMPLES 'Needs More Time - Hyderabad' reminder, GitHub singhhnitin/vaada app.py (stored index file id 57434355398)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "Rs18000 bahut time se overdue. Legal notice bhejni padegi.",
        "VAADA Hinglish collections demo, EXAMPLES 'Refusal - Severe DPD' reminder, GitHub singhhnitin/vaada app.py (stored index file id 57434355398)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "Namaste {first_name} ji. Aapka {amount} rupaye EMI overdue hai. Kya aaj payment kar sakte hain?",
        "Hinglish voice-collections agent opening line (default branch), public GitHub file (stored index file id 56773120951)",
        P,
    ),
    (
        "hi",
        C,
        [],
        "Namaste sir, main ABC Finance se bol raha hoon. Aapka EMI overdue hai.",
        "Collections call-agent sample lines (agents[0]), public GitHub file (stored index file id 52919723792)",
        P,
    ),
]
