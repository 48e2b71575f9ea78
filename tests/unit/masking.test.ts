import { maskIdNumber, maskPersonName, maskPhone } from '../../src/domain/privacy/masking';

describe('masking personal data', () => {
  it('when names are masked, then only initials stay', () => {
    expect(maskPersonName('张三丰')).toBe('张**');
    expect(maskPersonName('Li Na')).toBe('L* N*');
    expect(maskPersonName('Wang')).toBe('W***');
  });

  it('when a phone number is masked, then only its last four digits stay', () => {
    expect(maskPhone('+86 138-0013-8000')).toBe('*********8000');
    expect(maskPhone('123')).toBe('***');
  });

  it('when an identity number is masked, then region prefix and check digits stay', () => {
    expect(maskIdNumber('110101199003074514')).toBe('110*************14');
    expect(maskIdNumber('AB12')).toBe('****');
  });
});
