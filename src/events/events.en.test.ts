/** English event extraction: a table of short news items (our own wording) → the events a reader codes. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processDoc } from '../pipeline/text-engine.ts';
import { findEntities } from '../entities/index.ts';
import { extractEvents } from './index.ts';
import { eventKey } from './format.ts';

interface Case { text: string; expect: string[]; published?: string }

const CASES: Case[] = [
  { text: 'Mirziyoyev invited Aliyev to the consultative meeting of Central Asian heads of state in Tashkent.', expect: ['AGREE occurred UZB>AZE'] },
  { text: 'Bayramov and Mirzoyan held talks in Almaty. They are expected to meet again in the coming weeks.', expect: ['CONSULT/third-party occurred AZE>ARM', 'CONSULT/third-party planned AZE>ARM'] },
  { text: 'Tokayev said he was ready to hold talks with Aliyev.', expect: ['AGREE occurred KAZ>AZE', 'CONSULT planned KAZ>AZE'] },
  { text: 'A spokesperson for Kazakhstan\'s foreign ministry said officials from Astana would hold consultations with the European Commission in Brussels next week.', expect: ['CONSULT planned KAZ>-'] },
  { text: 'Filmmakers from Kazakhstan and Uzbekistan have built one of the most interesting cinemas in Asia, taking into account each other\'s interests. Kazakhstan is interested in cooperation with Azerbaijan.', expect: ['AGREE occurred KAZ>AZE'] },
  { text: 'Kyrgyzstan\'s foreign ministry called the EU listing "unfounded" and urged Brussels to present evidence. Tokayev called Aliyev to congratulate him on "Victory Day".', expect: ['REQUEST occurred KGZ>-', 'CONSULT/phone occurred KAZ>AZE', 'SUPPORT occurred KAZ>AZE'] },
  { text: 'Kyrgyzstan remains open to dialogue with the European Union, the ministry said.', expect: ['AGREE occurred KGZ>-'] },
  { text: 'Azerbaijani spokesman Aykhan Hajizada dismissed as groundless the claim made by Armenia.', expect: ['REJECT occurred AZE>ARM'] },
  { text: 'The foreign ministers of Azerbaijan, Kazakhstan and Uzbekistan held a trilateral meeting in Baku. Later Bayramov held talks with Nurtleu. The ministers of the two countries signed a plan of consultations.', expect: ['CONSULT/multilateral occurred AZE>KAZ', 'CONSULT/multilateral occurred AZE>UZB', 'SUPPORT occurred AZE>KAZ'] },
  { text: 'Before the trilateral meeting, Bayramov met Nurtleu.', expect: ['CONSULT/multilateral occurred AZE>KAZ'] },
  { text: 'European Council President Charles Michel arrived in Astana on May 20 on his first visit to Kazakhstan. The visit comes a year after the EU-Central Asia summit in Samarkand. The visit to Tashkent is planned for Friday.', published: '2026-05-21', expect: ['CONSULT/visit occurred ->KAZ', 'CONSULT/visit planned ->UZB'] },
  { text: 'Tokayev, Charles Michel Agree to Expand Partnership on Critical Raw Materials\n\nKazakh President Kassym-Jomart Tokayev said Kazakhstan is ready to expand cooperation with the European Union in critical raw materials.', expect: ['AGREE occurred KAZ>-'] },
  { text: 'Speaking in Budapest, Foreign Minister Péter Szijjártó said Hungary stands by the Georgian people and their elected government.', expect: ['SUPPORT occurred HUN>GEO'] },
  { text: 'Tajik Foreign Minister Sirojiddin Muhriddin received the Russian delegation in Dushanbe. Later the Russian delegation visited a museum.', expect: ['CONSULT occurred TJK>RUS'] },
  { text: 'Tajik Foreign Minister Sirojiddin Muhriddin received his Russian counterpart in Dushanbe. Muhriddin confirmed that Russian President Vladimir Putin will take part in the CSTO summit in Dushanbe and will pay a state visit to Tajikistan on the eve of the summit.', expect: ['CONSULT occurred TJK>RUS', 'CONSULT/multilateral planned RUS>-', 'CONSULT/visit planned RUS>TJK'] },
  { text: 'On the same day, a batch of 120 electric buses, donated by China under an earlier grant, was handed over to Kyrgyzstan.', expect: ['AID occurred CHN>KGZ'] },
  { text: 'Kazakhstan protested to Ukraine over the drone attack on the CPC terminal. Thousands of people protested in Tbilisi against the government.', expect: ['ACCUSE/disapprove occurred KAZ>UKR'] },
  { text: 'Bayramov and Mirzoyan held talks. The sides reaffirmed their commitment to the agreements reached in Washington.', expect: ['CONSULT occurred AZE>ARM', 'AGREE occurred AZE>ARM'] },
  { text: 'Kazakh President Tokayev is due in Baku on Monday. The report is due in March.', expect: ['CONSULT/visit planned KAZ>AZE'] },
  { text: 'The European Commission launched the procedure to suspend visa-free travel to the European Union for all Georgian citizens. A month earlier, Estonia, Latvia and Lithuania had imposed entry bans on Georgian Dream founder Bidzina Ivanishvili.', expect: ['SANCTION occurred EST>GEO', 'SANCTION occurred LVA>GEO', 'SANCTION occurred LTU>GEO'] },
  { text: 'The Consultative Meeting of the Heads of State of Central Asia was held in Awaza under the chairmanship of Turkmen President Serdar Berdimuhamedov. Kazakh President Kassym-Jomart Tokayev, Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev attended the meeting. Following the plenary session, the heads of state signed the Awaza Declaration.', expect: ['CONSULT/multilateral occurred TKM>KAZ', 'CONSULT/multilateral occurred TKM>KGZ', 'CONSULT/multilateral occurred TKM>UZB', 'SUPPORT occurred TKM>KAZ', 'SUPPORT occurred TKM>KGZ', 'SUPPORT occurred TKM>UZB'] },
  { text: 'Tokayev invited Merz to visit Kazakhstan. Merz accepted the invitation.', expect: ['AGREE occurred KAZ>DEU', 'AGREE occurred DEU>KAZ'] },
  { text: 'The eighth Consultative Meeting of the Heads of State of Central Asia was held on Aug. 14 in Awaza, under the chairmanship of Turkmen President Serdar Berdimuhamedov. Kazakh President Kassym-Jomart Tokayev, Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev attended the meeting, along with Azerbaijani President Ilham Aliyev.', expect: ['CONSULT/multilateral occurred TKM>KAZ', 'CONSULT/multilateral occurred TKM>KGZ', 'CONSULT/multilateral occurred TKM>UZB', 'CONSULT/multilateral occurred TKM>AZE'] },
  { text: "Kobakhidze accused Brussels of blackmail. He held talks in Brussels with Belgian Prime Minister Bart De Wever.", expect: ['ACCUSE/allege occurred GEO>-', 'CONSULT occurred GEO>BEL'] },
  { text: 'A separate meeting between Lavrov and Bayramov is not planned.', expect: [] },
  { text: 'Rubio called on Azerbaijan and Armenia to speed up the signing of the peace agreement.', expect: ['REQUEST occurred USA>AZE', 'REQUEST occurred USA>ARM'] },
  { text: 'Tokayev wished Rahmon success and good health. Kazakhstan wished to expand trade with China.', expect: ['SUPPORT occurred KAZ>TJK'] },
  { text: 'Humanitarian aid has also been dispatched to Tajikistan by Uzbekistan, Kyrgyzstan and Russia, while Türkiye and China have offered assistance.', expect: ['AID occurred UZB>TJK', 'AID occurred KGZ>TJK', 'AID occurred RUS>TJK', 'AGREE occurred TUR>TJK', 'AGREE occurred CHN>TJK'] },
  { text: "Azerbaijan's Foreign Ministry summoned the French ambassador. Baku reserves the right to take retaliatory measures if such statements continue, the ministry said.", expect: ['ACCUSE/disapprove occurred AZE>FRA', 'THREATEN occurred AZE>FRA'] },
  { text: 'Golovkin said the team had confirmed its status ahead of the Islamic Solidarity Games, which will be held in Riyadh, Saudi Arabia, in November.', expect: [] },
  { text: 'On the sidelines of the 80th session of the UN General Assembly, Kazakh Foreign Minister Yermek Kosherbayev met with Indian External Affairs Minister S. Jaishankar.', expect: ['CONSULT/multilateral occurred KAZ>IND'] },
  { text: 'President Ilham Aliyev received a delegation led by Georgian Prime Minister Irakli Kobakhidze.', expect: ['CONSULT occurred AZE>GEO'] },
  { text: 'Uzbekistan condemned the attack and expressed solidarity with the people of Pakistan.', expect: ['SUPPORT occurred UZB>PAK'] },
  { text: 'Kazakhstan condemned the attack on civilians and called on Israel to stop the strikes.', expect: ['REQUEST occurred KAZ>ISR'] },
  { text: 'The ministerial meeting, co-chaired by Jaishankar and Uzbek Foreign Minister Bakhtiyor Saidov, brought together Kyrgyz Foreign Minister Jeenbek Kulubaev, Tajik Foreign Minister Sirojiddin Muhriddin and Kazakhstan\'s Deputy Foreign Minister.', expect: ['CONSULT/multilateral occurred IND>UZB', 'CONSULT/multilateral occurred IND>KGZ', 'CONSULT/multilateral occurred IND>TJK', 'CONSULT/multilateral occurred IND>KAZ'] },
  { text: 'Azerbaijan declared a Russian diplomat persona non grata.', expect: ['SANCTION/expel occurred AZE>RUS'] },
  { text: 'Turkish Foreign Minister Hakan Fidan will visit Baku on Tuesday to attend the meeting.', expect: ['CONSULT/visit planned TUR>AZE'] },
  { text: 'Tajik and Kyrgyz border guards exchanged fire near the border.', expect: ['ASSAULT occurred TJK>KGZ'] },
  { text: 'Kyrgyzstan\'s border service said Kazakh border guards opened fire on shepherds.', expect: ['ACCUSE/allege occurred KGZ>KAZ'] },
  { text: 'Tokayev\'s visit to Bishkek has been rescheduled for the autumn.', expect: ['CONSULT/visit planned KAZ>KGZ'] },
  { text: 'Aliyev and Pashinyan initialled the peace agreement in Washington. Rubio welcomed the initialling as a historic step.', expect: ['SUPPORT occurred AZE>ARM', 'SUPPORT occurred USA>AZE', 'SUPPORT occurred USA>ARM'] },
  { text: 'Rubio welcomed the agreement between Azerbaijan and Armenia.', expect: ['SUPPORT occurred USA>AZE', 'SUPPORT occurred USA>ARM'] },
  { text: 'The UK government added two Kyrgyz companies to its sanctions list.', expect: ['SANCTION occurred GBR>KGZ'] },
  { text: 'Kazakhstan offered humanitarian assistance to Turkey.', expect: ['AGREE occurred KAZ>TUR'] },
  { text: 'Aliyev offered condolences to Erdogan over the loss of life.', expect: ['SUPPORT occurred AZE>TUR'] },
  { text: 'Bayramov received a copy of the credentials of the newly appointed Ambassador of Kyrgyzstan.', expect: ['CONSULT occurred AZE>KGZ'] },
  { text: 'During a phone call with Tokayev, Putin congratulated him on his birthday.', expect: ['CONSULT/phone occurred RUS>KAZ', 'SUPPORT occurred RUS>KAZ'] },
  { text: 'Azerbaijani FM Bayramov, Kazakh counterpart Nurtleu sign consultations plan in Astana', expect: ['SUPPORT occurred AZE>KAZ'] },
  { text: 'Tokayev met with Ilham Aliyev, Shavkat Mirziyoyev and Sadyr Japarov in Astana.', expect: ['CONSULT occurred KAZ>AZE', 'CONSULT occurred KAZ>UZB', 'CONSULT occurred KAZ>KGZ'] },
  { text: 'Talks were held between the foreign ministers of Kazakhstan and Uzbekistan in Astana.', expect: ['CONSULT occurred KAZ>UZB'] },
  { text: 'The presidents of Kazakhstan and Kyrgyzstan discussed bilateral cooperation by phone.', expect: ['CONSULT/phone occurred KAZ>KGZ'] },
  { text: 'Kazakhstan and Uzbekistan signed a roadmap on industrial cooperation.', expect: ['SUPPORT occurred KAZ>UZB'] },
  { text: 'Kyrgyzstan\'s Foreign Ministry summoned the British ambassador and handed him a protest note. The Kyrgyz side demanded that London reconsider its decision.', expect: ['ACCUSE/disapprove occurred KGZ>GBR', 'REQUEST occurred KGZ>GBR'] },
  { text: 'Kyrgyzstan accused Tajikistan of violating the agreements. Tajikistan\'s Foreign Ministry called the accusations unfounded.', expect: ['ACCUSE/allege occurred KGZ>TJK', 'REJECT occurred TJK>KGZ'] },
  // Calls, visits, talks, hosting
  { text: 'Kazakh President Kassym-Jomart Tokayev held a phone conversation with Azerbaijani President Ilham Aliyev.', expect: ['CONSULT/phone occurred KAZ>AZE'] },
  { text: 'Ilham Aliyev phoned Kassym-Jomart Tokayev and congratulated him on his birthday.', expect: ['CONSULT/phone occurred AZE>KAZ', 'SUPPORT occurred AZE>KAZ'] },
  { text: 'Kazakh President Kassym-Jomart Tokayev arrived in Baku on Wednesday for a state visit.', expect: ['CONSULT/visit occurred KAZ>AZE'] },
  { text: "Georgia's Prime Minister Irakli Kobakhidze will pay an official visit to Azerbaijan on Tuesday.", expect: ['CONSULT/visit planned GEO>AZE'] },
  { text: 'Turkish President Recep Tayyip Erdogan visited Uzbekistan last month.', expect: ['CONSULT/visit occurred TUR>UZB'] },
  { text: 'Tokayev and Azerbaijani President Ilham Aliyev held talks at the Zagulba residence.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Azerbaijani Foreign Minister Jeyhun Bayramov met his Turkish counterpart Hakan Fidan in Istanbul.', expect: ['CONSULT occurred AZE>TUR'] },
  { text: 'Bayramov was later received by President Kassym-Jomart Tokayev.', expect: ['CONSULT occurred AZE>KAZ'] },
  { text: 'A meeting was held between Jeyhun Bayramov and Russian Foreign Minister Sergey Lavrov.', expect: ['CONSULT occurred AZE>RUS'] },
  { text: 'On the sidelines of the summit Aliyev met Chinese President Xi Jinping.', expect: ['CONSULT/multilateral occurred AZE>CHN'] },
  { text: 'Tokayev addressed the summit of the Shanghai Cooperation Organisation.', expect: ['CONSULT/multilateral occurred KAZ>-'] },
  { text: 'Kobakhidze is expected to meet President Ilham Aliyev and Prime Minister Ali Asadov in Baku.', expect: ['CONSULT planned GEO>AZE', 'CONSULT planned GEO>AZE'] },
  { text: 'The Azerbaijani and Kazakh foreign ministers discussed the Middle Corridor by phone.', expect: ['CONSULT/phone occurred AZE>KAZ'] },
  { text: 'The Tajik–Uzbek joint working group held its fifth round of talks in Dushanbe.', expect: ['CONSULT occurred TJK>UZB'] },
  { text: 'A delegation of Uzbekistan arrived in Dushanbe on Wednesday.', expect: ['CONSULT/visit occurred UZB>TJK'] },
  { text: 'Tokayev and Aliyev held talks in Baku. The parties agreed on a schedule of consultations.', expect: ['CONSULT occurred KAZ>AZE', 'AGREE occurred KAZ>AZE'] },
  { text: '“We are grateful to our Uzbek brothers for their swift assistance,” Afghan spokesman Zabihullah Mujahid wrote on X.', expect: ['SUPPORT occurred AFG>UZB'] },
  { text: 'Kazakh President Tokayev is to visit Baku next week.', expect: ['CONSULT/visit planned KAZ>AZE'] },
  { text: 'Bayramov held a meeting with EU High Representative for Foreign Affairs and Security Policy Kaja Kallas on Monday.', published: '2025-04-14', expect: ['CONSULT occurred AZE>-'] },
  { text: 'Uzbek President Mirziyoyev expressed his gratitude to Korean President Lee Jae-myung and confidence that the partnership between the two countries would grow stronger.', expect: ['SUPPORT occurred UZB>KOR'] },
  { text: 'Aliyev proposed to Tokayev the creation of a joint investment fund.', expect: ['AGREE occurred AZE>KAZ'] },
  { text: 'Kazakhstan is interested in expanding cooperation with Uzbekistan, Tokayev said.', expect: ['AGREE occurred KAZ>UZB'] },
  { text: 'Foreign Ministers of Azerbaijan and Armenia Jeyhun Bayramov and Ararat Mirzoyan met in Abu Dhabi on March 5 for talks hosted by the United Arab Emirates.', published: '2026-03-06', expect: ['CONSULT/third-party occurred AZE>ARM'] },
  { text: 'No talks were held between Kazakhstan and Azerbaijan on the Caspian pipeline.', expect: [] },
  { text: 'Azerbaijani Foreign Ministry spokesperson Aykhan Hajizada accused Yerevan of deliberately dragging out the constitutional changes. Armenian Foreign Ministry spokesperson Ani Badalyan rejected the claim on Tuesday evening.', expect: ['ACCUSE/allege occurred AZE>ARM', 'REJECT occurred ARM>AZE'] },
  { text: 'Tokayev rejected the idea.', expect: [] },
  { text: 'The foreign ministers of Azerbaijan and Armenia, Jeyhun Bayramov and Ararat Mirzoyan, held talks in Baku on Tuesday.', published: '2026-11-11', expect: ['CONSULT occurred AZE>ARM'] },
  { text: 'Tokayev and Aliyev held nego-\ntiations in Baku.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Tokayev and Mirziyoyev held talks in Tashkent. In the presence of the two leaders, the sides exchanged 12 documents.', expect: ['CONSULT occurred KAZ>UZB', 'SUPPORT occurred KAZ>UZB'] },
  { text: 'Foreign Minister Murat Nurtleu will visit Seoul in July to discuss the summit agenda.', expect: ['CONSULT/visit planned KAZ>KOR'] },
  { text: 'Lee Jae-myung has sent a letter to President Kassym-Jomart Tokayev thanking him for his congratulations, the Kazakh presidential press service reported.', expect: ['SUPPORT occurred KOR>KAZ'] },
  { text: 'Azerbaijan sent 80 firefighters and an amphibious aircraft to Turkey to help fight the wildfires.', expect: ['AID occurred AZE>TUR'] },
  { text: 'Kazakhstan – Azerbaijan talks were held in Baku on Monday.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Tashkent, Uzbekistan (Daryo.uz) — Indian External Affairs Minister S. Jaishankar arrived in Tashkent on an official visit on Wednesday.', expect: ['CONSULT/visit occurred IND>UZB'] },
  { text: 'Kazakh-Azerbaijani talks were held in Baku.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Mirziyoyev congratulated Japarov on his birthday in a telephone conversation.', expect: ['SUPPORT occurred UZB>KGZ', 'CONSULT/phone occurred UZB>KGZ'] },
  { text: 'Azerbaijan and Armenia initialled the peace agreement in Washington on August 8.', published: '2026-08-09', expect: ['SUPPORT occurred AZE>ARM'] },
  { text: 'The initial agreement between Azerbaijan and Armenia was reached in August.', published: '2026-08-09', expect: [] },
  { text: "Russia's Foreign Ministry summoned Azerbaijan's ambassador Rahman Mustafayev over the arrests in Baku.", expect: ['ACCUSE/disapprove occurred RUS>AZE'] },
  { text: 'South Korean President Lee Jae-myung arrived in Astana. Lee also invited Tokayev to visit Seoul.', expect: ['CONSULT/visit occurred KOR>KAZ', 'AGREE occurred KOR>KAZ'] },
  { text: 'Xi Jinping arrived in Astana on Tuesday. Xi held talks with Kassym-Jomart Tokayev.', expect: ['CONSULT/visit occurred CHN>KAZ', 'CONSULT occurred CHN>KAZ'] },
  { text: 'Kazakh FM Nurtleu and Chinese FM Wang Yi discussed preparations for Vladimir Putin’s state visit.', expect: ['CONSULT occurred KAZ>CHN'] },
  { text: 'Kyrgyz President Sadyr Japarov expressed concern to Tokayev over the border incident.', expect: ['ACCUSE/disapprove occurred KGZ>KAZ'] },
  { text: 'The sides discussed issues of mutual concern.', expect: [] },
  { text: 'On the same day, Erdogan called Ilham Aliyev.', expect: ['CONSULT/phone occurred TUR>AZE'] },
  { text: 'Erdogan called Ilham Aliyev on Monday to congratulate him.', expect: ['CONSULT/phone occurred TUR>AZE', 'SUPPORT occurred TUR>AZE'] },
  { text: 'Tokayev called for restraint.', expect: [] },
  { text: 'Erdogan called on President Aliyev to continue the talks.', expect: ['REQUEST occurred TUR>AZE'] },
  { text: 'In Moscow, Tokayev met with Alexander Lukashenko.', expect: ['CONSULT/third-party occurred KAZ>BLR'] },
  { text: 'On the sidelines of the summit in Dushanbe, Tokayev held talks with Shavkat Mirziyoyev.', expect: ['CONSULT/multilateral occurred KAZ>UZB'] },
  { text: 'Kazakh Foreign Minister Murat Nurtleu received the Ambassador of Azerbaijan.', expect: ['CONSULT occurred KAZ>AZE'] },
  { text: 'Kazakh Foreign Minister Murat Nurtleu received the Azerbaijani Ambassador.', expect: ['CONSULT occurred KAZ>AZE'] },
  // One act, one event
  {
    text: 'Tokayev, Aliyev hold talks in Baku\n\nKazakh President Kassym-Jomart Tokayev arrived in Baku on Wednesday for a state visit. Tokayev and Ilham Aliyev held talks at the presidential palace. During the talks the two leaders discussed oil transit.',
    expect: ['CONSULT/visit occurred KAZ>AZE', 'CONSULT occurred KAZ>AZE'],
  },
  {
    text: 'Azerbaijani President Ilham Aliyev arrived in Astana for a state visit. The sides agreed to raise bilateral trade to one billion dollars.',
    expect: ['CONSULT/visit occurred AZE>KAZ', 'AGREE occurred AZE>KAZ'],
  },
  {
    text: 'Aliyev and Tokayev held talks at the Akorda. The two presidents then chaired the second meeting of the Supreme Interstate Council.',
    expect: ['CONSULT occurred AZE>KAZ', 'CONSULT occurred AZE>KAZ'],
  },
  { text: 'After the talks, Nurtleu and Bayramov signed a plan of consultations.', expect: ['SUPPORT occurred KAZ>AZE'] },
  { text: 'Azerbaijan and Kazakhstan have signed six intergovernmental agreements.', expect: ['SUPPORT occurred AZE>KAZ'] },
  { text: 'Ankara thanked Baku for its support.', expect: ['SUPPORT occurred TUR>AZE'] },
  { text: 'At the airport, Tokayev was met by Azerbaijani Prime Minister Ali Asadov.', expect: [] },
  { text: 'Tokayev held a phone conversation with Aliyev. The call took place at the initiative of the Azerbaijani side.', expect: ['CONSULT/phone occurred AZE>KAZ'] },
  { text: 'Tokayev and Aliyev met in Astana. The presidents agreed to meet again in Baku.', expect: ['CONSULT occurred KAZ>AZE', 'CONSULT planned KAZ>AZE'] },
  { text: 'Kazakhstan and Azerbaijan played a friendly match in Baku.', expect: [] },
  { text: 'Erdogan met Tokayev in Gabala. "I thank my dear brother Ilham Aliyev for the excellent organisation of the summit," Erdogan said.', expect: ['CONSULT/third-party occurred TUR>KAZ', 'SUPPORT occurred TUR>AZE'] },
  // A received act runs from the giver to the subject
  { text: 'President Tokayev received a phone call from Azerbaijani President Ilham Aliyev.', expect: ['CONSULT/phone occurred AZE>KAZ'] },
  { text: 'Tokayev received congratulations from Uzbek President Shavkat Mirziyoyev.', expect: ['SUPPORT occurred UZB>KAZ'] },
  // A reason names no act of its own; a purpose does
  { text: 'Tokayev thanked Aliyev for the humanitarian aid sent to the flood-hit regions of Kazakhstan.', expect: ['SUPPORT occurred KAZ>AZE'] },
  { text: 'Kazakhstan allocated $1 million for humanitarian aid to Afghanistan.', expect: ['AID occurred KAZ>AFG'] },
  // Support, thanks, congratulations, condolences
  { text: 'Aliyev thanked Erdogan for the political support of Turkey.', expect: ['SUPPORT occurred AZE>TUR'] },
  { text: 'Ilham Aliyev has sent a letter of congratulations to Kazakh President Kassym-Jomart Tokayev on Republic Day.', expect: ['SUPPORT occurred AZE>KAZ'] },
  { text: 'Tokayev expressed condolences to Erdogan over the victims of the earthquake.', expect: ['SUPPORT occurred KAZ>TUR'] },
  { text: 'Erdogan said Turkey supported the steps Azerbaijan had taken to restore its sovereignty.', expect: ['SUPPORT occurred TUR>AZE'] },
  // Invitations, agreements, aid, cooperation
  { text: 'Tokayev invited Aliyev to pay an official visit to Kazakhstan.', expect: ['AGREE occurred KAZ>AZE'] },
  { text: 'Bayramov invited his Kazakh counterpart to visit Baku.', expect: ['AGREE occurred AZE>KAZ'] },
  { text: 'Kazakhstan is ready to send humanitarian aid to Kyrgyzstan.', expect: ['AGREE occurred KAZ>KGZ'] },
  { text: 'Kazakhstan sent humanitarian aid to Kyrgyzstan on Tuesday.', expect: ['AID occurred KAZ>KGZ'] },
  { text: 'The Days of Culture of Kazakhstan will open in Baku in December.', expect: ['COOPERATE planned KAZ>AZE'] },
  // Protests, accusations, requests, rejections
  { text: "Azerbaijan's Foreign Ministry rejected a resolution adopted by the European Parliament.", expect: ['REJECT occurred AZE>-'] },
  { text: 'The ministry accused the European Parliament of a biased approach.', expect: [] },
  { text: "Azerbaijan's Foreign Ministry accused Armenia of violating the ceasefire.", expect: ['ACCUSE/allege occurred AZE>ARM'] },
  { text: 'The French ambassador was summoned to the Azerbaijani Foreign Ministry.', expect: ['ACCUSE/disapprove occurred AZE>FRA'] },
  { text: 'Tokayev urged Kyrgyzstan and Tajikistan to settle the conflict peacefully.', expect: ['REQUEST occurred KAZ>KGZ', 'REQUEST occurred KAZ>TJK'] },
  // Negatives
  { text: 'The sides agreed to raise bilateral trade.', expect: [] },
  { text: 'Relations between Kazakhstan and Azerbaijan are developing dynamically.', expect: [] },
  { text: 'Kazakhstan beat Azerbaijan 2-0 in a friendly football match in Antalya.', expect: [] },
  { text: 'Over the past three years the Azerbaijani president has visited Kazakhstan seven times.', expect: [] },
  { text: 'Mutual visits of the leaders have strengthened the partnership.', expect: [] },
  { text: 'I think Tokayev and Aliyev will meet soon.', expect: [] },
  { text: 'Tokayev was welcomed at the airport by the Azerbaijani prime minister.', expect: [] },
  { text: 'Kazakhstan will not impose sanctions on Russia.', expect: [] },
  { text: 'Partly cloudy, light snow in Astana and Almaty on Tuesday.', expect: [] },
  { text: 'Recall that Tokayev and Aliyev met in Baku last year.', expect: [] },
  // The states a route crosses and the office a report cites are no parties
  { text: 'Tokayev and Mirziyoyev met in Tashkent. According to the Kazakh presidential office, the talks covered freight trains running from China to Europe via Turkmenistan and Iran.', expect: ['CONSULT occurred KAZ>UZB'] },
  // Several subject states and a partner: each subject acts with the partner
  { text: 'Azerbaijan and Turkey signed an agreement with Kazakhstan.', expect: ['SUPPORT occurred AZE>KAZ', 'SUPPORT occurred TUR>KAZ'] },
  // Talks of others named as the topic of a discussion are no event; the discussion joins the meeting
  {
    text: 'Murat Nurtleu met Jeyhun Bayramov in Astana on Monday. The sides exchanged views on the situation in the region, negotiations between Russia and Ukraine, and trade.',
    expect: ['CONSULT occurred KAZ>AZE'],
  },
  // A joint statement of readiness by the sides is one event, not one each way
  { text: 'Murat Nurtleu met Jeyhun Bayramov in Astana. The sides said they were ready to expand cargo transport across the Caspian Sea.', expect: ['CONSULT occurred KAZ>AZE', 'AGREE occurred KAZ>AZE'] },
  // An agreement to hold an occasion is that occasion, planned; an agreement to go on with talks is a promise
  { text: 'Murat Nurtleu met Jeyhun Bayramov in Astana. The ministers agreed to hold the next round of consultations in Baku.', expect: ['CONSULT occurred KAZ>AZE', 'CONSULT planned KAZ>AZE'] },
  { text: 'Jeyhun Bayramov met Ararat Mirzoyan in Abu Dhabi. The sides agreed to continue negotiations on the peace treaty.', expect: ['CONSULT/third-party occurred AZE>ARM', 'AGREE occurred AZE>ARM'] },
  // Cities joined by a dash are a road, no destination
  { text: 'The Ministry of Emergency Situations urged residents to avoid travel on the Astana–Temirtau highway.', expect: [] },
  // Greetings a messenger conveys run from their sender to the addressee
  { text: 'Ilham Aliyev received Kazakh Senate Chairman Maulen Ashimbayev. Ashimbayev conveyed the warm greetings and best wishes of President Kassym-Jomart Tokayev to Ilham Aliyev.', expect: ['CONSULT occurred AZE>KAZ', 'SUPPORT occurred KAZ>AZE'] },
  // Credentials received from ambassadors: a meeting with each sending state
  { text: 'Kazakh President Kassym-Jomart Tokayev received the credentials of the newly appointed ambassadors of Uzbekistan, Georgia and Malaysia.', expect: ['CONSULT occurred KAZ>UZB', 'CONSULT occurred KAZ>GEO', 'CONSULT occurred KAZ>MYS'] },
  // Agreements reached before are a topic of the talks, no agreement made now
  { text: 'Ilham Aliyev phoned Shavkat Mirziyoyev. The presidents discussed the implementation of the agreements reached during the state visit.', expect: ['CONSULT/phone occurred AZE>UZB'] },
  // Meetings on the sidelines announced without a partner set the scene: the next meeting "with X" is the subject's, beside the forum
  {
    text: 'Azerbaijani Foreign Minister Jeyhun Bayramov held several bilateral meetings on April 12 on the sidelines of the Antalya Diplomacy Forum in Türkiye. At a meeting with Uzbek Foreign Minister Bakhtiyor Saidov, the ministers discussed preparations for upcoming high-level contacts.',
    expect: ['CONSULT/multilateral occurred AZE>UZB'], published: '2025-04-12',
  },
  // "the Doha meeting" names a place, not Qatar as an actor; "both governments" stands for the parties; a signing the talks work toward is no act
  {
    text: 'Jeyhun Bayramov and Ararat Mirzoyan met in Doha on Monday for talks on the remaining steps toward signing a peace treaty. The U.S. State Department welcomed the Doha meeting and commended both governments for their commitment to peace.',
    expect: ['CONSULT/third-party occurred AZE>ARM', 'SUPPORT occurred USA>AZE', 'SUPPORT occurred USA>ARM'],
  },
  // A visit thanked for was made by the one thanked
  { text: 'Kassym-Jomart Tokayev thanked Ilham Aliyev for his state visit to Astana.', expect: ['SUPPORT occurred KAZ>AZE', 'CONSULT/visit occurred AZE>KAZ'] },
  // The visitor is the one the relative clause describes
  { text: 'President Recep Tayyip Erdoğan on Wednesday hosted Kyrgyz President Sadyr Japarov, who is in Türkiye on an official visit.', expect: ['CONSULT occurred TUR>KGZ', 'CONSULT/visit occurred KGZ>TUR'] },
  // A state's readiness to cooperate is a promise (AGREE)
  { text: "Kassym-Jomart Tokayev met Serdar Berdimuhamedow in Ashgabat. Tokayev reaffirmed Kazakhstan's readiness to expand cooperation with Ashgabat in trade and transport.", expect: ['CONSULT occurred KAZ>TKM', 'AGREE occurred KAZ>TKM'] },
  // A delegation led by X: X is the visitor; an invitation a messenger conveys is its sender's
  { text: 'A delegation of the Senate of Uzbekistan led by Chairperson Tanzila Narbayeva arrived in Baku on Wednesday.', expect: ['CONSULT/visit occurred UZB>AZE'] },
  { text: 'The minister conveyed to the President of Turkmenistan an invitation from President Recep Tayyip Erdoğan to visit Türkiye.', expect: ['AGREE occurred TUR>TKM'] },
  // A trilateral meeting is multilateral
  { text: 'Jeyhun Bayramov, Hakan Fidan and Maka Botchorishvili held a trilateral meeting in Gabala.', expect: ['CONSULT/multilateral occurred AZE>TUR', 'CONSULT/multilateral occurred AZE>GEO'] },
  // A passive's agent acts: "were expressed by X", "was signed by A and B"
  { text: 'Condolences to the Turkish people were expressed by the Ministry of Foreign Affairs of Kazakhstan.', expect: ['SUPPORT occurred KAZ>TUR'] },
  { text: 'The agreement was signed by Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev.', expect: ['SUPPORT occurred UZB>KAZ'] },
  // "the guest": the visitor of the visit in context
  { text: 'Kazakh Foreign Minister Murat Nurtleu arrived in Baku on an official visit. On the same day, the guest was received by President Ilham Aliyev.', expect: ['CONSULT/visit occurred KAZ>AZE', 'CONSULT occurred KAZ>AZE'] },
  // The object of a meeting verb stands in its own clause, not after a semicolon (a headline's second clause).
  { text: 'Bayramov and Mirzoyan hold talks in Abu Dhabi; Guterres calls it progress', expect: ['CONSULT/third-party occurred AZE>ARM'] },
  // A visit called off is a refusal to meet, made now (no request in "called off"); one postponed is still to come.
  { text: "The Korean government on Wednesday called off Prime Minister Kim Min-seok's visit to Tashkent.", expect: ['REJECT/meet occurred KOR>UZB'] },
  { text: 'The visit of President Tokayev to Baku was postponed.', expect: ['CONSULT/visit planned KAZ>AZE'] },
  // A verb of saying before "that" governs its clause, not the act after it: the exercise announced is still to come.
  {
    text: 'Azerbaijani Defense Minister Zakir Hasanov met Turkish Defense Minister Yaşar Güler in Baku on March 4. The ministers announced that the joint flight-tactical exercise "Caspian Sky Eagle-2026" with the participation of the air forces of the two countries will be held in Azerbaijan next month.',
    published: '2026-03-04',
    expect: ['CONSULT occurred AZE>TUR', 'COOPERATE planned AZE>TUR'],
  },
];

for (const c of CASES) {
  test(`en: ${c.text.slice(0, 70)}`, () => {
    const doc = processDoc({ id: 't', source: 't', content: c.text, format: 'text', lang: 'en', published: c.published ?? '2024-05-17' });
    const got = extractEvents(doc, findEntities(doc).mentions).map(eventKey).sort();
    assert.deepEqual(got, [...c.expect].sort());
  });
}

test('en: a state before a chain of titles qualifies the person named after them, who is the subject (a later reception by the president is its own meeting)', () => {
  const text = 'Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu held talks with Péter Szijjártó. Later that day, President Kassym-Jomart Tokayev received Szijjártó to discuss bilateral cooperation.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en', published: '2025-02-18' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.source?.name, e.target?.name]), [['CONSULT', 'Murat Nurtleu', 'Péter Szijjártó'], ['CONSULT', 'Kassym-Jomart Tokayev', 'Péter Szijjártó']]);
});

test('en: a future verb after a long subject makes the act planned, and its month without a year is the coming one', () => {
  const text = 'Murat Nurtleu held talks with Péter Szijjártó in Astana. The next meeting of the Kazakh-Hungarian Intergovernmental Commission on Economic Cooperation will be held in Budapest in October.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en', published: '2025-02-18' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.status, e.date]), [['CONSULT', 'occurred', '2025-02-18'], ['CONSULT', 'planned', '2025-10']]);
});

test('en: a coarser date in a later act ("last week\'s earthquake") leaves the story on its day; a bare weekday of an act to come is the next one', () => {
  const text = 'On Tuesday, Amir Khan Muttaqi held talks with Uzbek Foreign Minister Bakhtiyor Saidov. Saidov expressed condolences over the victims of last week\'s earthquake in Afghanistan. Muttaqi agreed to set up a joint working group with Uzbekistan. Muttaqi is expected to travel on to Ashgabat on Thursday.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en', published: '2026-11-18' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.status, e.date]), [
    ['CONSULT', 'occurred', '2026-11-17'], ['SUPPORT', 'occurred', '2026-11'], ['AGREE', 'occurred', '2026-11-17'], ['CONSULT', 'planned', '2026-11-19'],
  ]);
});

test('en: a semicolon opens a clause of its own in a headline; the headline\'s stateless actor is the body\'s ("UN chief" … Guterres)', () => {
  const text = 'Bayramov and Mirzoyan hold talks in Abu Dhabi; UN chief hails progress\n\nAzerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan held talks in Abu Dhabi on Thursday. UN Secretary-General António Guterres welcomed the meeting in a statement.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en', published: '2026-03-06' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.source?.name, e.target?.country]), [
    ['CONSULT', 'Jeyhun Bayramov', 'ARM'], ['SUPPORT', 'António Guterres', 'AZE'], ['SUPPORT', 'António Guterres', 'ARM'],
  ]);
});

test('en: an act told in the past with a yearless date after publication lies in the last year, which makes it background; a plan keeps the coming month', () => {
  const text = 'In May, President Kassym-Jomart Tokayev visited Baku. In June he held talks with Shavkat Mirziyoyev in Tashkent. President Tokayev will visit Ankara in April.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en', published: '2025-03-12' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.target?.name, e.status, e.date]), [['CONSULT', 'Turkey', 'planned', '2025-04']]);
});

test('en: an act told as earlier takes no date from the news around it; a promise is dated when it is made, not when it is to be kept', () => {
  const text = 'ASTANA, March 12, 2025. Kazakh President Kassym-Jomart Tokayev held a phone call with Azerbaijani President Ilham Aliyev on March 11.\n\nEarlier, Tokayev and Aliyev signed a declaration on strategic partnership.\n\nKazakhstan is ready to send humanitarian aid to Afghanistan in May, Tokayev said.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.status, e.date]), [['CONSULT', 'occurred', '2025-03-11'], ['SUPPORT', 'occurred', null], ['AGREE', 'occurred', '2025-03-11']]);
});

test('en: an act the headline names takes the date a later report gives it, not the publication date', () => {
  const text = 'Georgian Prime Minister Kobakhidze pays official visit to Kazakhstan\n\nGeorgian Prime Minister Irakli Kobakhidze arrived in Astana on Tuesday for an official visit. Later that day, Kobakhidze held talks with Kazakh Prime Minister Olzhas Bektenov.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en', published: '2025-05-21' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.mode, e.date]), [['CONSULT', 'visit', '2025-05-20'], ['CONSULT', null, '2025-05-20']]);
});

test('en: an act dated by a year only has no date; an invitation is dated when made, not by the month of what it offers', () => {
  const text = 'Erdogan invited Pashinyan to attend the climate conference in Antalya in November.\n\nThis year Pashinyan will visit Turkey.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en', published: '2026-01-13' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.date]), [['AGREE', '2026-01-13'], ['CONSULT', null]]);
});

test('en: a collective received by a third party is each of the parties in context, and the article\'s pair stays theirs', () => {
  const text = 'Azerbaijani Foreign Minister Jeyhun Bayramov and Armenian Foreign Minister Ararat Mirzoyan held talks in Almaty. Before the talks, the ministers were received by Kazakh President Kassym-Jomart Tokayev. The sides agreed to continue negotiations on the peace treaty.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en', published: '2024-05-11' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map(eventKey), ['CONSULT/third-party occurred AZE>ARM', 'CONSULT occurred AZE>KAZ', 'CONSULT occurred ARM>KAZ', 'AGREE occurred AZE>ARM']);
});

test('en: a directed act towards a collective object is one event per party it stands for', () => {
  const text = 'Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon signed a border treaty in Bishkek. Uzbek President Shavkat Mirziyoyev congratulated both leaders on the agreement.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en', published: '2025-03-14' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map(eventKey).filter((k) => k.includes('UZB')), ['SUPPORT occurred UZB>KGZ', 'SUPPORT occurred UZB>TJK']);
});

test('en: a press service\'s report names no actor, and the cue does not reach into the next sentence', () => {
  const text = "Kobakhidze will pay an official visit to Azerbaijan on Tuesday, the Georgian government's press office said.\n\nAzerbaijan's Foreign Ministry on Thursday rejected the statement of the Armenian Foreign Ministry.";
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en', published: '2024-05-17' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map((e) => [e.type, e.source?.name]), [['CONSULT', 'Irakli Kobakhidze'], ['REJECT', 'Ministry of Foreign Affairs (Azerbaijan)']]);
});

test('en: an act the article recalls from months or years before publication is background, not coded', () => {
  const text = 'Uzbek Foreign Minister Bakhtiyor Saidov arrived in Baku on Thursday. President Ilham Aliyev paid a state visit to Uzbekistan in August last year. In 2019, Tokayev visited Tashkent.';
  const doc = processDoc({ id: 't', source: 't', content: text, format: 'text', lang: 'en', published: '2025-11-14' });
  const evs = extractEvents(doc, findEntities(doc).mentions);
  assert.deepEqual(evs.map(eventKey), ['CONSULT/visit occurred UZB>AZE']);
});

test('en: at least 40 cases, negatives included', () => {
  assert.ok(CASES.length >= 40);
  assert.ok(CASES.filter((c) => c.expect.length === 0).length >= 8);
});
