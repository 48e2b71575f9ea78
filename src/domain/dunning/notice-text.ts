/** The wording of each dunning stage's notice (DOMAIN.md §5), in Chinese and English. */
export type NoticeStage = 'REMINDER' | 'FORMAL_WARNING' | 'LEGAL';

export interface NoticeFacts {
  customerName: string;
  receivableId: string;
  dueDate: string;
  daysOverdue: number;
  openAmountCents: number;
  lateFeeCents: number;
  currency: string;
}

const money = (cents: number, currency: string) => `${currency} ${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function noticeText(stage: NoticeStage, facts: NoticeFacts): { subject: string; body: string[] } {
  const amounts = `${money(facts.openAmountCents, facts.currency)} outstanding, late fee ${money(facts.lateFeeCents, facts.currency)}; total ${money(facts.openAmountCents + facts.lateFeeCents, facts.currency)}`;
  const facts2 = `Invoice ${facts.receivableId}, due ${facts.dueDate}, ${facts.daysOverdue} days overdue: ${amounts}.`;
  switch (stage) {
    case 'REMINDER':
      return {
        subject: `付款提醒 / Payment reminder — invoice ${facts.receivableId}`,
        body: [`尊敬的 ${facts.customerName}：`, '贵司以下款项已逾期，请尽快安排付款。', `Dear ${facts.customerName}, our records show the following amount is overdue. Please arrange payment.`, facts2],
      };
    case 'FORMAL_WARNING':
      return {
        subject: `正式催告函 / Formal warning — invoice ${facts.receivableId}`,
        body: [`${facts.customerName}：`, '贵司款项逾期已超过60天。请于收到本函后10日内付清，否则我司将采取法律措施。', `${facts.customerName}: this amount is more than 60 days overdue. Please pay within 10 days of this notice; otherwise we will take legal action.`, facts2],
      };
    case 'LEGAL':
      return {
        subject: `律师函预告 / Notice of legal action — invoice ${facts.receivableId}`,
        body: [`${facts.customerName}：`, '贵司款项逾期已超过90天，我司已将本案移交法务部门处理。', `${facts.customerName}: this amount is more than 90 days overdue and has been handed to our legal department.`, facts2],
      };
  }
}
