/**
 * Texts the demo adds to banking77 (which is English only): Chinese requests for a few
 * everyday categories, and two kinds of request the model was never trained on — the
 * "emerging topics" the dashboard should surface.
 */
export const chineseTexts: Record<string, string[]> = {
  card_arrival: ['我的新卡还没有收到', '卡片寄出两周了还没到，怎么办？', '请问我的银行卡什么时候能寄到', '新卡一直没收到，能帮我查一下物流吗'],
  declined_card_payment: ['刷卡支付被拒绝了', '我的卡在超市付款失败，为什么？', '网上购物时银行卡被拒'],
  transfer_fee_charged: ['转账为什么被收了手续费', '我转账被多扣了一笔费用'],
  exchange_rate: ['汇率为什么这么差', '换汇的汇率和官网不一样'],
  lost_or_stolen_card: ['我的卡丢了，请帮我冻结', '银行卡被偷了，怎么挂失'],
  pending_transfer: ['转账一直显示处理中', '我的转账为什么还没到账'],
  cash_withdrawal_charge: ['取现为什么收费', 'ATM 取钱被扣了手续费'],
};

const stakingOpenings = ['My', 'Where are my', 'Why are my', 'Missing', 'Still no', 'When do I get my', 'I did not receive my'];
const stakingObjects = ['crypto staking rewards', 'ETH staking rewards', 'staking payout', 'staking rewards for my crypto wallet', 'crypto staking interest'];
const stakingDetails = [
  'The app says staking is active but the rewards never arrived.',
  'I staked my crypto two weeks ago and the rewards balance is still zero.',
  'Staking rewards stopped being paid after the last update.',
  'Other exchanges paid this epoch, you did not. Where are the staking rewards?',
];

const walletOpenings = ['数字人民币钱包', '我的数字人民币钱包', '为什么数字人民币钱包', '数字人民币钱包里'];
const walletProblems = ['无法充值', '余额不见了', '转不出去', '一直显示冻结', '绑定银行卡失败'];

/** The i-th request of a new kind: crypto staking (English) or the e-CNY wallet (Chinese). */
export function emergingText(kind: 'staking' | 'wallet', i: number): { subject: string; body: string } {
  if (kind === 'staking') {
    const subject = `${stakingOpenings[i % stakingOpenings.length]} ${stakingObjects[(i * 3) % stakingObjects.length]}`;
    return { subject, body: `${subject}? ${stakingDetails[i % stakingDetails.length]}` };
  }
  const subject = `${walletOpenings[i % walletOpenings.length]}${walletProblems[(i * 2) % walletProblems.length]}`;
  return { subject, body: `${subject}，请帮我看看数字人民币钱包的问题。谢谢！` };
}

export const assigneesByQueue: Record<string, string[]> = {
  cards: ['li.wei', 'sam.okafor', 'maria.garcia'],
  payments: ['chen.jing', 'tom.becker'],
  transfers: ['aisha.khan', 'jonas.berg'],
  account: ['zhang.min', 'emma.dupont'],
  top_ups: ['ravi.patel'],
  cash: ['lucia.rossi'],
  fees: ['wang.fang', 'omar.haddad'],
  exchange: ['wang.fang'],
  security: ['noah.smith', 'yuki.tanaka'],
  triage: ['duty.lead'],
};
