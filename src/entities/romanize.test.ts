import { test } from 'node:test';
import assert from 'node:assert/strict';
import { romanizeName, romanizeWord } from './romanize.ts';

test('Kazakh names take the English spelling of English Wikipedia titles', () => {
  const cases: [string, string][] = [
    ['Дәулет Кәрібек', 'Daulet Karibek'], ['Досжан Маратұлы', 'Doszhan Maratuly'], ['Ермек Кошербаев', 'Yermek Kosherbayev'],
    ['Асхат Тағыберген', 'Askhat Tagybergen'], ['Әлімжан Әшімұлы', 'Alimzhan Ashimuly'], ['Ержан Қазыханов', 'Yerzhan Kazykhanov'],
    ['Қасым-Жомарт Тоқаев', 'Kasym-Zhomart Tokayev'],
  ];
  for (const [kk, en] of cases) assert.equal(romanizeName(kk.split(' '), 'kk'), en);
});

test('Russian names: е as ye after vowels and at the start, soft sign dropped, щ as shch', () => {
  assert.equal(romanizeName(['Алим', 'Байель'], 'ru'), 'Alim Bayel');
  assert.equal(romanizeName(['Кирилл', 'Проходов'], 'ru'), 'Kirill Prokhodov');
  assert.equal(romanizeName(['Эльмир', 'Щукин'], 'ru'), 'Elmir Shchukin');
  assert.equal(romanizeWord('Евгений', 'ru'), 'Yevgeniy');
});

test('Azerbaijani Latin names: ə a, x kh, q g, c j, ş sh, ç ch', () => {
  assert.equal(romanizeName(['Xələf', 'Xələfov'], 'az'), 'Khalaf Khalafov');
  assert.equal(romanizeName(['Rəşad', 'Məmmədov'], 'az'), 'Rashad Mammadov');
  assert.equal(romanizeName(['Sahibə', 'Qafarova'], 'az'), 'Sahiba Gafarova');
  assert.equal(romanizeName(['Ceyhun', 'Çələbi'], 'az'), 'Jeyhun Chalabi');
  assert.equal(romanizeWord('İLHAM', 'az'), 'Ilham');
});

test('English names are kept as written, title-cased', () => {
  assert.equal(romanizeName(['olivér', 'VÁRHELYI'], 'en'), 'Olivér Várhelyi');
  assert.equal(romanizeName(['John', 'McCain'], 'en'), 'John McCain');
});
