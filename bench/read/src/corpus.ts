import { fileURLToPath } from 'node:url';
import { readLabelledCsv } from '@caseflow/classifier';

export interface LabelledText {
  text: string;
  category: string;
}

const trainCsv = fileURLToPath(new URL('../../../data/banking77/train.csv', import.meta.url));

/** banking77's training texts (English customer questions, each with its intent). */
export async function banking77Texts(): Promise<LabelledText[]> {
  return (await readLabelledCsv(trainCsv)).map(({ text, label }) => ({ text, category: label }));
}

/**
 * Chinese requests written for this benchmark, in the style of banking77, so that ~5% of
 * the rows exercise the Han-bigram half of the search index with realistic selectivity:
 * "退款" (refund) is in 4 of 40 sentences, "银行卡还没有收到" in 2.
 */
export const chineseTexts: LabelledText[] = [
  { text: '我的银行卡还没有收到，已经等了两个星期了。', category: 'card_arrival' },
  { text: '新办的银行卡还没有收到，请问什么时候能寄到？', category: 'card_arrival' },
  { text: '请问新卡一般需要多久才能送到我家？', category: 'card_delivery_estimate' },
  { text: '我怎么把这张卡绑定到手机应用上？', category: 'card_linking' },
  { text: '今天的汇率是多少？我想换一些美元。', category: 'exchange_rate' },
  { text: '刷卡消费时的汇率好像不对，比官方汇率高很多。', category: 'card_payment_wrong_exchange_rate' },
  { text: '账单上多了一笔我不认识的手续费。', category: 'extra_charge_on_statement' },
  { text: '我在自动取款机取的现金一直显示处理中。', category: 'pending_cash_withdrawal' },
  { text: '我的卡在商店里刷不了，一直提示交易失败。', category: 'card_not_working' },
  { text: '我的卡丢了，请马上帮我冻结。', category: 'lost_or_stolen_card' },
  { text: '钱包被偷了，里面有我的银行卡，怎么办？', category: 'lost_or_stolen_card' },
  { text: '密码输错三次，卡被锁住了，怎么解锁？', category: 'pin_blocked' },
  { text: '非接触支付突然不能用了。', category: 'contactless_not_working' },
  { text: '我充值的钱还没有到账，显示待处理。', category: 'pending_top_up' },
  { text: '我想取消昨天发起的那笔转账。', category: 'cancel_transfer' },
  { text: '对方说还没有收到我的转账，已经三天了。', category: 'transfer_not_received_by_recipient' },
  { text: '取款机吐出的现金比我输入的金额少。', category: 'wrong_amount_of_cash_received' },
  { text: '为什么刷卡付款要收手续费？', category: 'card_payment_fee_charged' },
  { text: '我的充值被退回了，钱去哪里了？', category: 'top_up_reverted' },
  { text: '存入支票以后余额没有更新。', category: 'balance_not_updated_after_cheque_or_cash_deposit' },
  { text: '账户里有一笔我没有做过的刷卡消费。', category: 'card_payment_not_recognised' },
  { text: '我想修改我的地址和电话号码。', category: 'edit_personal_details' },
  { text: '为什么要验证我的身份？', category: 'why_verify_identity' },
  { text: '身份验证一直失败，照片上传不了。', category: 'unable_to_verify_identity' },
  { text: '我怀疑我的卡信息被盗用了。', category: 'compromised_card' },
  { text: '我忘记了登录密码，怎么重置？', category: 'passcode_forgotten' },
  { text: '商家答应退款，但是我还没有收到退款。', category: 'request_refund' },
  { text: '我申请的退款什么时候能到账？', category: 'request_refund' },
  { text: '我想为一笔重复扣款申请退款。', category: 'request_refund' },
  { text: '这笔交易被扣了两次，请帮我退款。', category: 'transaction_charged_twice' },
  { text: '我想注销我的账户。', category: 'terminate_account' },
  { text: '转账显示失败，但是钱已经被扣了。', category: 'failed_transfer' },
  { text: '我的工资转入以后一直显示待处理。', category: 'pending_transfer' },
  { text: '银行转账充值要收费吗？', category: 'top_up_by_bank_transfer_charge' },
  { text: '我可以在国外的取款机取钱吗？', category: 'atm_support' },
  { text: '虚拟卡怎么申请？', category: 'getting_virtual_card' },
  { text: '我想要一张实体卡。', category: 'get_physical_card' },
  { text: '自动充值的功能怎么关闭？', category: 'automatic_top_up' },
  { text: '你们支持哪些货币？', category: 'fiat_currency_support' },
  { text: '客服一直没有回复我的问题，请尽快处理。', category: 'card_not_working' },
];
