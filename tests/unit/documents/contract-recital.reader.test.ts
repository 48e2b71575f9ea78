import { extractContractFromText } from '../../../src/domain/documents/contract-text.extractor';
import { partiesFromRecital, priceFromClause } from '../../../src/domain/documents/contract-recital.reader';
import { parseDate } from '../../../src/domain/documents/date.parser';
import { monospaced } from './monospaced-text.fixture';

// Constructed samples, written for these tests as English contracts in prose are drafted.

describe('a contract in prose', () => {
  const deed = [
    '                        MASTER SUPPLY CONTRACT',
    '                                        Contract ref. MSC/7/2026',
    'THIS CONTRACT is made on the 3rd day of June 2026',
    'BETWEEN',
    '(1) Kestrel Pumps Limited, a company registered in England (No. 0445120), whose registered',
    '    office is at Unit 4, Canal Wharf, Leeds ("the Seller"); and',
    '(2) Ashby Farm Supplies Ltd, VAT No. GB 203 4455 61, of Mill Road, Ely',
    '    ("the Buyer").',
    '1. The Seller shall sell and the Buyer shall buy the pumps described in the Schedule.',
    '2. The total price of the pumps shall be £8,460.00 (including VAT).',
  ];

  it('when the parties are named in a numbered recital with their defined roles, then seller and buyer are read from it', () => {
    const contract = extractContractFromText(monospaced(deed));
    expect(contract.sellerName.value).toBe('Kestrel Pumps Limited');
    expect(contract.buyerName.value).toBe('Ashby Farm Supplies Ltd');
    expect(contract.buyerTaxId.value).toBe('GB203445561');
    expect(contract.sellerName.confidence).toBeLessThan(0.95);
  });

  it('when the deed opens with the day in ordinal words, then that is the signing date', () => {
    expect(extractContractFromText(monospaced(deed)).signingDate.value).toBe('2026-06-03');
    expect(parseDate('made this 21st day of January, 2026')).toBe('2026-01-21');
    expect(extractContractFromText(monospaced(['Dated: 9 July 2026', 'BETWEEN'])).signingDate.value).toBe('2026-07-09');
    expect(extractContractFromText(monospaced(['Agreement date: 9 July 2026'])).signingDate.value).toBe('2026-07-09');
    expect(extractContractFromText(monospaced(['Date of this Contract: 10 July 2026'])).signingDate.value).toBe('2026-07-10');
  });

  it('when the reference is written as "Contract ref." or "Agreement ref.", then it is the contract number', () => {
    expect(extractContractFromText(monospaced(deed)).contractNumber.value).toBe('MSC/7/2026');
    expect(extractContractFromText(monospaced(['Agreement ref. KP-SA-0042'])).contractNumber.value).toBe('KP-SA-0042');
    expect(extractContractFromText(monospaced(['Agreement No: 2026/118'])).contractNumber.value).toBe('2026/118');
  });

  it('when only "Our ref." stands where a number would, then it is read but never passed without a look', () => {
    const contract = extractContractFromText(monospaced(['Our ref. HV/2026/044', 'THIS AGREEMENT is made on 2 May 2026']));
    expect(contract.contractNumber.value).toBe('HV/2026/044');
    expect(contract.contractNumber.confidence).toBeLessThan(0.8);
    expect(extractContractFromText(monospaced(['Our ref. HV/2026/044', 'Contract No: C-7781'])).contractNumber).toMatchObject({ value: 'C-7781', confidence: 0.95 });
  });

  it('when a clause states the price with its currency, then that is the amount', () => {
    expect(extractContractFromText(monospaced(deed)).amount.value).toBe(8460);
  });

  it('when the parties are named in one sentence, then each is read with the role in its brackets', () => {
    const parties = partiesFromRecital(
      monospaced(['This Agreement is made between Ashby Farm Supplies Ltd (the "Purchaser") and Kestrel Pumps Limited', '(hereinafter called "the Vendor").']),
    );
    expect(parties.seller?.name.value).toBe('Kestrel Pumps Limited');
    expect(parties.buyer?.name.value).toBe('Ashby Farm Supplies Ltd');
  });

  it('when the parties are listed under PARTIES with their roles in plain brackets, then each is read', () => {
    const parties = partiesFromRecital(
      monospaced([
        'PARTIES',
        '(1) HARROW VALVE WORKS LIMITED incorporated and registered in England and Wales with company number 0912231 (Supplier).',
        '(2) MARSH LANE BUILDERS LIMITED incorporated and registered in England and Wales with company number 1177320 (Customer).',
        'AGREED TERMS',
      ]),
    );
    expect(parties.seller?.name.value).toBe('HARROW VALVE WORKS LIMITED');
    expect(parties.buyer?.name.value).toBe('MARSH LANE BUILDERS LIMITED');
  });

  it('when the goods are sold "for the sum of" an amount, then that is the price', () => {
    expect(priceFromClause(monospaced(['The Seller sells the machine to the Buyer for the sum of GBP 19,950.00.']))?.value).toBe(19950);
  });

  it('when the recital gives no roles or the same role twice, then no party is guessed', () => {
    expect(partiesFromRecital(monospaced(['BETWEEN', '(1) Kestrel Pumps Limited; and', '(2) Ashby Farm Supplies Ltd.']))).toEqual({ seller: null, buyer: null });
    expect(partiesFromRecital(monospaced(['BETWEEN', '(1) Kestrel Pumps Limited ("the Supplier"); and', '(2) Ashby Farm Supplies Ltd ("the Supplier").']))).toEqual({ seller: null, buyer: null });
  });

  it('when a price is stated without VAT, or two clauses state different prices, then the amount goes to manual entry', () => {
    const net = priceFromClause(monospaced(['The price of the goods is GBP 7,050.00 exclusive of VAT.']));
    expect(net).toMatchObject({ value: 7050, confidence: 0.5 });
    expect(net?.check).toMatch(/stated before VAT: the contract's whole amount is not certain/);
    const two = priceFromClause(monospaced(['The price of the goods is £7,050.00.', 'The Purchaser shall pay the Supplier the sum of £7,500.00.']));
    expect(two?.check).toMatch(/different prices/);
  });

  it('when a clause prices the goods plus VAT and the VAT and the total are printed below, then the total is the amount', () => {
    // given
    const clauses = ['3. PRICE', 'The price of the goods is GBP 10,000.00 plus VAT at the standard rate.', 'VAT at 20%: GBP 2,000.00', 'Amount payable: GBP 12,000.00'];
    // when
    const amount = priceFromClause(monospaced(clauses));
    // then
    expect(amount).toMatchObject({ value: 12000 });
    expect(amount?.check).toBeUndefined();
  });

  it('when a clause prices the goods plus VAT and no VAT amount makes up the printed total, then the total goes to manual entry', () => {
    const amount = priceFromClause(monospaced(['The price of the goods is GBP 10,000.00 plus VAT.', 'Amount payable: GBP 12,500.00']));
    expect(amount?.value).toBe(12500);
    expect(amount?.check).toMatch(/no VAT amount printed makes up the difference/);
  });

  it('when the price is per unit or per period, then it is not taken for the contract amount without a check', () => {
    for (const clause of ['The price of the steel is £612.40 per tonne, delivered.', 'The price shall be €1,250.00 a month.', 'The price is $4.10 each.']) {
      expect(priceFromClause(monospaced([clause]))?.check).toMatch(/per unit or per period/);
    }
    expect(priceFromClause(monospaced(['The price is $4.10/kg.']))).toBeNull();
    expect(priceFromClause(monospaced(['The price of the goods is £8,460.00 (inclusive of VAT), payable within 30 days.']))?.check).toBeUndefined();
  });

  it('when a number follows the price words without a currency, then it is not taken for the price', () => {
    expect(priceFromClause(monospaced(['The price shall be 30 days after delivery.']))).toBeNull();
    expect(priceFromClause(monospaced(['The Purchaser shall pay the Supplier the sum of EUR 12,400.50 on delivery.']))?.value).toBe(12400.5);
  });
});
