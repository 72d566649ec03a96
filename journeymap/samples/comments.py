"""Comments of the insurer's sample: the reason taxonomy, its keyword rules and a bank of texts.

Texts are templates per reason, source (customer | employee) and language (en, zh_CN, zh_TW),
combined with a few openers/closers and numbers, so 350 comments read like real ones without
repeating much. Every template holds a keyword of its reason, and no keyword of a reason of higher
priority, so the keyword rules code it back to the reason it was written for.
"""
from __future__ import annotations

import csv
import io
from typing import Sequence, TypeVar

import numpy as np

T = TypeVar("T")

# name: (stage, priority, keywords (en, 简体, 繁體), description)
REASONS = {
    "Repeated information": ("Reports a claim", 30, [
        "re-key", "rekey", "same details", "same information", "repeat my details", "tell my story",
        "重复录入", "重复填写", "重复提供", "再说一遍", "重複輸入", "重複填寫", "重複提供", "再說一遍"],
        "The customer or the employee has to give or type the same information again."),
    "Unclear cover": ("Signs the policy", 25, [
        "what is covered", "not covered", "the excess", "small print",
        "免赔额", "保障范围", "条款看不懂", "免賠額", "保障範圍", "條款看不懂"],
        "The customer did not understand what the policy covers (excess, exclusions)."),
    "Payment failed": ("Payment fails and is chased", 20, [
        "direct debit fail", "debit bounce", "payment fail", "failed payment", "reminder letter", "late fee",
        "扣款失败", "扣款不成功", "催缴", "滞纳金", "扣款失敗", "催繳", "滯納金"],
        "A payment failed and was chased by letter, often with a fee."),
    "Unclear bill": ("Receives the first bill", 20, [
        "bill", "invoice", "pro-rata", "账单", "帳單", "賬單"],
        "The bill (usually the first) was hard to understand."),
    "Bounced between departments": ("Complaint is handled", 18, [
        "transferred", "bounced", "back and forth", "another department", "passed from", "nobody owns",
        "转来转去", "踢皮球", "推来推去", "另一个部门", "轉來轉去", "推來推去", "另一個部門"],
        "The customer was passed between departments or subsidiaries; nobody owned the issue."),
    "Slow claim settlement": ("Assessment and documents", 15, [
        "claim is taking", "still waiting for", "settle", "assessor", "loss adjuster", "backlog",
        "理赔太慢", "赔款", "定损", "查勘", "积压", "迟迟", "理賠太慢", "賠款", "定損", "積壓", "遲遲"],
        "The claim took too long to assess or to pay."),
    "Bot could not help": ("Chats with the bot", 12, [
        "chat bot", "chatbot", "virtual assistant", "the bot", "机器人", "智能客服", "機器人"],
        "The chat bot did not understand or answer; the customer had to call."),
    "App login fails": ("Registers in the app", 12, [
        "log in", "login", "password", "verification code", "登录", "验证码", "密码", "登入", "驗證碼", "密碼"],
        "The customer could not register or log in to the app."),
    "Long wait on the phone": ("Calls with a question", 10, [
        "on hold", "hold music", "queue", "minutes on the phone", "排队", "等了", "占线", "排隊", "佔線"],
        "The customer waited long on the phone before reaching someone."),
    "Price too high": ("Compares and decides", 8, [
        "too expensive", "price", "premium", "cheaper", "太贵", "保费", "价格", "太貴", "保費", "價格"],
        "The premium was too high or rose at renewal."),
    "Friendly staff": ("Calls with a question", 5, [
        "friendly", "helpful", "patient", "kind and", "态度很好", "耐心", "热情", "態度很好", "熱情"],
        "Praise: the person the customer dealt with was friendly and helpful."),
    "Easy online quote": ("Gets an online quote", 5, [
        "quote online", "online quote", "网上报价", "在线报价", "線上報價", "網上報價"],
        "Praise: getting a quote online was quick and easy."),
}
POSITIVE = {"Friendly staff", "Easy online quote"}

# reason: (customer comments, employee comments): a few reasons carry most of the pain
COUNTS = {
    "Slow claim settlement": (62, 10), "Bounced between departments": (44, 12),
    "Repeated information": (26, 22), "Payment failed": (30, 6), "Long wait on the phone": (28, 8),
    "Unclear bill": (20, 4), "Bot could not help": (16, 6), "App login fails": (14, 4),
    "Price too high": (12, 0), "Unclear cover": (10, 4), "Friendly staff": (12, 0),
    "Easy online quote": (8, 0),
}
# Other stages a reason's comments are attached to, besides the reason's own.
ALSO_STAGES = {
    "Slow claim settlement": ["Claim is settled"],
    "Bounced between departments": ["Files a complaint", "Calls with a question"],
    "Repeated information": ["Assessment and documents"],
    "Long wait on the phone": ["Calls the contact centre"],
    "Friendly staff": ["Calls the contact centre", "Agent prepares a quote"],
}

C, E = "customer", "employee"
TEXTS = {
    "Slow claim settlement": {
        (C, "en"): ["My claim is taking forever: {weeks} weeks and still no decision from the assessor.",
                    "Still waiting for the settlement of a water damage claim I reported in {month}.",
                    "The loss adjuster came once, then nothing for {weeks} weeks.",
                    "A small claim of {amount} euros and they have not settled it after {weeks} weeks.",
                    "The claim settlement took longer than the repair itself."],
        (C, "zh_CN"): ["理赔太慢了，报案{weeks}个星期还没有定损结果。", "车损{amount}元的小案子，迟迟不赔款。",
                       "查勘员来过一次之后就没有消息了。", "水管爆裂报案已经{weeks}周，赔款还没到账。"],
        (C, "zh_TW"): ["理賠太慢了，報案{weeks}個星期還沒有定損結果。", "查勘之後就沒有消息，賠款遲遲不到。",
                       "小額案件也要等{weeks}週才賠款，實在太久。"],
        (E, "en"): ["Assessors have a backlog of {weeks} weeks since the storms; small claims sit untouched.",
                    "We cannot settle a {amount} euro claim without a loss adjuster visit. That rule adds weeks.",
                    "Customers call every week asking when we will settle, and I have no date to give them."],
        (E, "zh_CN"): ["灾害天气之后定损积压严重，小额案子也要等查勘。",
                       "{amount}元以下的案子也必须现场查勘，规则太死，赔款自然慢。"],
        (E, "zh_TW"): ["颱風過後查勘積壓，小額案件也要等好幾週。"],
    },
    "Bounced between departments": {
        (C, "en"): ["I was transferred {n} times between service, complaints and claims.",
                    "Bounced back and forth between departments for a simple question about my claim.",
                    "Nobody owns my complaint. Each call I am passed from one team to the next.",
                    "They closed my complaint and sent me to another department that had never heard of it."],
        (C, "zh_CN"): ["投诉被转来转去，打了{n}次电话，每个部门都说不归他们管。",
                       "客服让我找理赔部，理赔部又让我找客服，完全是踢皮球。", "问题推来推去，到现在没有一个人负责。"],
        (C, "zh_TW"): ["投訴被轉來轉去，打了{n}次電話還是沒人處理。", "客服和理賠部門互相推來推去。"],
        (E, "en"): ["Complaints about claims land with us, but only Claims can decide, so the customer gets bounced.",
                    "There is no single owner for a complaint: it goes from Service to Complaints to Claims, "
                    "back and forth."],
        (E, "zh_CN"): ["投诉在三个部门之间转来转去，没有人对结果负责。",
                       "我们看不到理赔部门的处理记录，只能把客户转到另一个部门。"],
        (E, "zh_TW"): ["投訴在部門之間轉來轉去，沒有人負責到底。"],
    },
    "Repeated information": {
        (C, "en"): ["I had to repeat my details {n} times: on the phone, in the form and again to the assessor.",
                    "Why do I have to give you the same information again? You already have my policy.",
                    "Filled in the same details online and on paper, then had to tell my story again on the phone."],
        (C, "zh_CN"): ["同样的资料要重复提供{n}次，网上填一遍，电话里还要再说一遍。",
                       "报案时要把事情经过再说一遍，之前明明已经填过表。"],
        (C, "zh_TW"): ["同樣的資料要重複提供好幾次。", "每打一次電話就要再說一遍事故經過。"],
        (E, "en"): ["The system makes me re-key the claim into three screens before I can even start.",
                    "We re-key the customer's details because the claims system does not talk to the policy system.",
                    "Three systems and no link between them: I type the same information for every claim."],
        (E, "zh_CN"): ["我们要在三个系统里重复录入同一个理赔。", "保单系统和理赔系统不通，客户资料每次都要重复录入。"],
        (E, "zh_TW"): ["我們要在三個系統裡重複輸入同一份資料。"],
    },
    "Payment failed": {
        (C, "en"): ["My direct debit failed because of your system and I got a reminder letter with a late fee.",
                    "A payment failed once and now I get letters every week. Nobody called to sort it out.",
                    "The debit bounced after I changed banks, although I had updated the account in the app.",
                    "Charged a late fee for a payment that failed on your side."],
        (C, "zh_CN"): ["自动扣款失败了，没人通知我，直接寄来催缴信还收了滞纳金。", "换了银行卡以后扣款不成功，App里改了也没用。"],
        (C, "zh_TW"): ["扣款失敗之後只收到催繳信，沒有人打電話說明。", "明明帳戶有錢，扣款失敗還要付滯納金。"],
        (E, "en"): ["When a direct debit bounces the system only sends a letter; we see the angry calls weeks later.",
                    "We cannot retry a failed payment ourselves; Finance has to do it by hand."],
        (E, "zh_CN"): ["扣款失败只能由财务部手工重扣，我们前台什么都做不了。"],
        (E, "zh_TW"): ["扣款失敗只會寄信，客戶打來問我們也查不到原因。"],
    },
    "Long wait on the phone": {
        (C, "en"): ["{minutes} minutes on hold before anyone picked up.",
                    "Listened to hold music for {minutes} minutes, then the line dropped.",
                    "The queue on the phone is ridiculous, {minutes} minutes on a Monday morning.",
                    "I spent {minutes} minutes on the phone just to ask a simple question."],
        (C, "zh_CN"): ["打客服电话排队{minutes}分钟才有人接。", "电话一直占线，等了半个小时。", "每次打电话都要排队很久。"],
        (C, "zh_TW"): ["打客服電話排隊{minutes}分鐘才有人接。", "電話一直佔線，等了很久都沒人接。"],
        (E, "en"): ["On Monday mornings the queue is {minutes} minutes; we have been short of staff since the storms.",
                    "Customers are already angry when they reach us after the time on hold."],
        (E, "zh_CN"): ["周一上午排队要{minutes}分钟，人手严重不够。"],
        (E, "zh_TW"): ["週一早上排隊要{minutes}分鐘，人手不足。"],
    },
    "Unclear bill": {
        (C, "en"): ["The first bill made no sense: a pro-rata amount, a fee and a credit I did not understand.",
                    "Why is my bill higher than what I was quoted? Nobody explains the charges.",
                    "Could not read the invoice: which part is the insurance and which the tax?"],
        (C, "zh_CN"): ["第一期账单完全看不懂，多出来一笔不知道是什么费用。", "账单上的金额和报价不一样，也没有说明。"],
        (C, "zh_TW"): ["第一期帳單看不懂，多了一筆費用沒有說明。"],
        (E, "en"): ["Half of my calls in the first month are people asking what the pro-rata line on their "
                    "bill means."],
        (E, "zh_CN"): ["首期账单上的按比例费用客户看不懂，很多人打电话来问。"],
        (E, "zh_TW"): ["首期帳單的按比例費用，客戶幾乎都看不懂。"],
    },
    "Bot could not help": {
        (C, "en"): ["The chat bot did not understand my question and sent me round in circles.",
                    "The chatbot kept offering the same three links. In the end I had to call anyway.",
                    "The virtual assistant could not answer a simple question about my policy."],
        (C, "zh_CN"): ["智能客服答非所问，最后还是得打电话。", "聊天机器人听不懂我的问题，一直给同样的回答。"],
        (C, "zh_TW"): ["智能客服答非所問，最後還是要打電話。"],
        (E, "en"): ["The bot hands the chat over without the transcript, so the customer starts from scratch with me.",
                    "Most chats that reach us from the chatbot are simple questions it should have answered."],
        (E, "zh_CN"): ["机器人转人工的时候不带聊天记录，客户要从头讲起。"],
        (E, "zh_TW"): ["機器人轉人工時沒有對話紀錄，客戶要從頭講。"],
    },
    "App login fails": {
        (C, "en"): ["Cannot log in to the app: the verification code never arrives.",
                    "The app says my password is wrong even after a reset.",
                    "Registration in the app fails at the login step every time."],
        (C, "zh_CN"): ["App登录不了，验证码一直收不到。", "重置密码以后还是登录失败。"],
        (C, "zh_TW"): ["App 一直登入失敗，驗證碼收不到。"],
        (E, "en"): ["Every day I reset app passwords for customers; the verification text never arrives."],
        (E, "zh_CN"): ["每天都在帮客户重置App密码，验证码收不到。"],
        (E, "zh_TW"): ["每天都要幫客戶重設密碼。"],
    },
    "Price too high": {
        (C, "en"): ["Too expensive compared to other insurers, so I went elsewhere.",
                    "The premium went up {pct}% at renewal without a single claim.",
                    "Found a cheaper offer with the same protection."],
        (C, "zh_CN"): ["保费太贵了，比别家高很多。", "价格比网上别的公司贵，就没买。"],
        (C, "zh_TW"): ["保費太貴了，比別家高很多。"],
    },
    "Unclear cover": {
        (C, "en"): ["Only found out when I claimed that water coming in from outside is not covered.",
                    "Nobody mentioned the excess when I signed. The small print is impossible to read.",
                    "I still do not know what is covered and what is not."],
        (C, "zh_CN"): ["签单时没人说明免赔额，出险了才知道。", "条款看不懂，保障范围写得太模糊。"],
        (C, "zh_TW"): ["簽約時沒說明免賠額。", "保障範圍寫得很模糊，條款看不懂。"],
        (E, "en"): ["Customers sign without knowing the excess; they find out when they claim and blame us."],
        (E, "zh_CN"): ["客户签单时不清楚免赔额，到理赔时才发现。"],
        (E, "zh_TW"): ["客戶簽約時不知道免賠額。"],
    },
    "Friendly staff": {
        (C, "en"): ["The agent on the phone was friendly and patient, and solved it in one call.",
                    "Very helpful person at the contact centre, thank you.",
                    "Kind and professional, explained everything."],
        (C, "zh_CN"): ["客服人员态度很好，很有耐心。", "接电话的小姐姐很热情，一次就解决了。"],
        (C, "zh_TW"): ["客服人員態度很好，很有耐心。"],
    },
    "Easy online quote": {
        (C, "en"): ["Got a quote online in five minutes, very easy.", "The online quote was simple and clear."],
        (C, "zh_CN"): ["网上报价很方便，几分钟就好了。"],
        (C, "zh_TW"): ["線上報價很方便。"],
    },
}

CLOSERS = {
    ("en", False): ["", " Very disappointing.", " Not good enough.", " Please sort this out.",
                    " I am thinking of leaving."],
    ("en", True): ["", " Thanks!", " Well done."],
    ("zh_CN", False): ["", "太失望了。", "希望尽快改进。", "考虑换保险公司了。"],
    ("zh_CN", True): ["", "谢谢！", "点赞。"],
    ("zh_TW", False): ["", "太失望了。", "希望盡快改善。", "考慮換保險公司了。"],
    ("zh_TW", True): ["", "謝謝！", "讚。"],
}
OPENERS = {"en": ["", "From the front line: ", "Every week: "], "zh_CN": ["", "一线反馈：", "每周都这样："],
           "zh_TW": ["", "第一線反映：", "每週都這樣："]}
LANGS, LANG_P = ("en", "zh_CN", "zh_TW"), (0.55, 0.3, 0.15)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November")


def _pick(rng: np.random.Generator, seq: Sequence[T]) -> T:
    return seq[int(rng.integers(len(seq)))]


def _text(rng: np.random.Generator, reason: str, source: str) -> tuple[str, str]:
    """(text, language) of one comment."""
    bank = TEXTS[reason]
    lang = LANGS[int(rng.choice(3, p=LANG_P))]
    if (source, lang) not in bank:
        lang = "en"
    numbers = dict(n=int(rng.integers(2, 6)), weeks=int(rng.integers(3, 10)), minutes=int(rng.integers(20, 56)),
                   amount=int(rng.integers(3, 25)) * 100, pct=int(rng.integers(12, 31)),
                   month=_pick(rng, MONTH_NAMES))
    body = _pick(rng, bank[(source, lang)]).format(**numbers)
    if source == E:
        return _pick(rng, OPENERS[lang]) + body, lang
    return body + _pick(rng, CLOSERS[(lang, reason in POSITIVE)]), lang


def _date(rng: np.random.Generator, reason: str) -> str:
    """A day in January..November 2026; bill comments mostly before the June fix, claims in winter."""
    day = int(rng.integers(4, 334))
    if reason == "Unclear bill" and rng.random() < 0.8:
        day = int(rng.integers(4, 150))
    if reason == "Slow claim settlement" and rng.random() < 0.4:
        day = int(rng.integers(4, 90))
    return str(np.datetime64("2026-01-01") + np.timedelta64(day, "D"))   # a bare int: deprecated in NumPy 2.3


def _score(rng: np.random.Generator, reason: str) -> float | None:
    if rng.random() < 0.1:
        return None
    if reason in POSITIVE:
        return float(rng.choice([4, 5], p=[0.3, 0.7]))
    if reason == "Price too high":
        return float(rng.choice([2, 3]))
    return float(rng.choice([1, 2, 3], p=[0.45, 0.4, 0.15]))


def comments(rng: np.random.Generator) -> list[dict]:
    """The comments, as plain dicts (stage by name), sorted by date."""
    out = []
    for reason, (n_customer, n_employee) in COUNTS.items():
        stages = [REASONS[reason][0]] + ALSO_STAGES.get(reason, [])
        for source, count in ((C, n_customer), (E, n_employee)):
            for _ in range(count):
                text, lang = _text(rng, reason, source)
                customer = source == C
                out.append(dict(
                    text=text, lang=lang, reason=reason, source=source, date=_date(rng, reason),
                    stage=stages[0] if rng.random() < 0.7 else _pick(rng, stages),
                    score=_score(rng, reason) if customer else None,
                    segment=("Small business" if rng.random() < 0.25 else "Private customers") if customer else "",
                    coded_by="column" if customer and rng.random() < 0.6 else "rule"))
    order = sorted(range(len(out)), key=lambda i: (out[i]["date"], i))
    return [out[i] for i in order]


FEEDBACK_HEADER = ["comment_id", "created_at", "source", "customer_type", "touchpoint", "reason_code",
                   "rating", "comment"]


def feedback_rows(notes: list[dict]) -> list[tuple]:
    """The comments as rows of the synthetic source file: the reason code is blank where the
    comment was coded by the keyword rules."""
    return [(f"C{i + 1:04d}", c["date"], c["source"], c["segment"], c["stage"],
             c["reason"] if c["coded_by"] == "column" else "", c["score"], c["text"])
            for i, c in enumerate(notes)]


def feedback_csv(rows: list[tuple]) -> str:
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(FEEDBACK_HEADER)
    for r in rows:
        w.writerow(["" if v is None else (int(v) if isinstance(v, float) else v) for v in r])
    return out.getvalue()
