import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { processDoc } from './text-engine.ts';

const doc = (content: string) => processDoc({ id: 't', source: 'test', content, format: 'text' });

describe('text engine: document language', () => {
  it('keeps a short, name-heavy English sentence English (its Turkic names alone look Turkish)', () => {
    const d = doc('Kazakh President Kassym-Jomart Tokayev met Azerbaijani President Ilham Aliyev in Baku on 24 August 2022.');
    assert.equal(d.lang, 'en');
  });

  it('still reads a Turkish paragraph as Turkish (the prior for the expected languages only tips close calls)', () => {
    const d = doc('Cumhurbaşkanı bugün Ankara’da yabancı yatırımcılarla bir araya gelerek ekonomik işbirliğinin geliştirilmesi konusunu görüştü.');
    assert.equal(d.lang, 'tr');
  });

  it('still reads an Uzbek paragraph as Uzbek', () => {
    const d = doc('Prezident bugun Toshkentda xorijiy investorlar bilan uchrashib, iqtisodiy hamkorlikni rivojlantirish masalalarini muhokama qildi.');
    assert.equal(d.lang, 'uz');
  });

  it('reads a Kazakh paragraph as Kazakh', () => {
    const d = doc('Мемлекет басшысы Астанада шетелдік инвесторлармен кездесу өткізіп, экономикалық ынтымақтастықты дамыту мәселелерін талқылады.');
    assert.equal(d.lang, 'kk');
  });
});
