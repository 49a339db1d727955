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

describe('text engine: paragraph languages', () => {
  const kk = [
    'Мемлекет басшысы Астанада шетелдік инвесторлармен кездесу өткізіп, экономикалық ынтымақтастықты дамыту мәселелерін талқылады.',
    'Кездесу барысында тараптар көлік, энергетика және ауыл шаруашылығы салаларындағы бірлескен жобалардың барысын қарастырды.',
    'Сонымен қатар Президент инвесторларға қолайлы жағдай жасау үшін Үкіметке бірқатар нақты тапсырмалар берді.',
  ];
  it('still finds a later paragraph in another language once the document\'s language is settled (a glance is not enough)', () => {
    const ru = 'Как сообщили в пресс-службе, стороны также обсудили вопросы сотрудничества в сфере цифровизации и образования.';
    const en = 'The foreign investors said they were ready to expand their projects in the country over the next three years.';
    const last = 'Келесі кездесу күзде Алматы қаласында өтеді деп жоспарланып отыр, оған өңірлердің әкімдері де қатысады.';
    const d = doc([...kk, ru, en, last].join('\n\n'));
    assert.equal(d.lang, 'kk');
    assert.deepEqual(d.paragraphs.map((p) => p.lang), ['kk', 'kk', 'kk', 'ru', 'en', 'kk']);
  });
});
