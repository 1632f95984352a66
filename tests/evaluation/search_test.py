"""Passage-search evaluation, test part: another fictional patient's record, written unlike the development part.

Written blind (without reading `nlp/`, `service/` or `graph/`), before any tuning, and never to be tuned
on. The patient, clinicians, institutions, dates and values are invented. The record belongs to Helena
Vasconcelos Prado (born 1984): English documents from her years in the Boston area (2021–2022: urgent
care, emergency observation, echocardiogram, labs, a family doctor's letter, perinatal psychiatry,
physiotherapy, e-prescriptions) and Portuguese documents from São Paulo (2023–2025: telegraphic office
note, upper endoscopy, pathology, labs, thyroid ultrasound, mammography, prenatal visit, vaccination
card, an endocrinologist's letter). Layouts and authors' styles differ from `search_dev.py`.

DOCUMENTS: name → (language "en"|"pt", document_type, text).
PAIRS: (language of the question, question, document name, answer), where `answer` is a substring that
occurs exactly once in that document's text; the passage holding it is the expected hit. Some questions
are asked in the other language than the document's (the document's language is in DOCUMENTS).
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------------
# English documents (Somerville / Cambridge, Massachusetts, 2021–2022)
# --------------------------------------------------------------------------------------------------

_EN_URGENT_CARE = """\
ASHCOMBE URGENT CARE — Somerville, MA
Provider note   05/14/21 18:20
Pt: PRADO, Helena V.   36F   DOB 07/22/84   MRN 5530218

CC: palpitations x 40 min

HPI: 36F, 6 mo postpartum, c/o sudden-onset rapid HB while climbing stairs at work, + lightheaded, no \
syncope, no CP, no SOB. 3 similar episodes past mo, self-terminating < 5 min. Caffeine ~3 cups coffee/d. \
No EtOH, no drugs. Stopped breastfeeding at 4 mo.
PMH: postpartum depression/anxiety (on sertraline since 2/21). G1P1, SVD 11/2020. T&A age 8.
Meds: sertraline 50 mg qd
All: PCN (rash)
SHx: postdoc researcher, lives w/ husband + infant

VS: HR 186 reg, BP 104/68, RR 18, SpO2 99% RA, T 36.8
PE: anxious, diaphoretic, A&O x3. No JVD. CV: reg narrow-complex tachy, no murmur. Lungs CTA b/l. \
Ext: no edema.

ECG #1: narrow-complex reg tachy @ 186, no visible P waves
Tx: modified Valsalva x1 → unsuccessful. Adenosine 6 mg rapid IVP + 20 mL NS flush → converted to NSR 78 \
after ~4 s pause. Transient flushing, tolerated well.
ECG #2 (post): NSR 78, PR 148, no delta wave/preexcitation, QTc 428, no ST changes.

A/P:
1. PSVT, prob AVNRT — converted w/ adenosine, hemodyn stable throughout
 - transfer by ALS to Ashcombe MC ED for obs, lytes/Mg, TSH, trop
 - needs cardiology f/u + TTE
 - cut down caffeine
2. Postpartum depression — stable, cont sertraline

J. Okafor, PA-C   Supervising: M. Lindqvist, MD
"""

_EN_ED_DISCHARGE = """\
ASHCOMBE MEDICAL CENTER
Emergency Department Observation Unit — DISCHARGE SUMMARY

Patient: Helena V. Prado   DOB: 07/22/1984   MRN: 5530218
Arrival: 05/14/2021 19:35 (ALS transfer from Ashcombe Urgent Care)
Discharge: 05/15/2021 11:30
Attending: Samuel Oyelaran, MD

Diagnoses
1. Paroxysmal supraventricular tachycardia, probable AV nodal reentry, terminated with adenosine before \
arrival
2. Mildly elevated TSH, possible subclinical hypothyroidism — new finding
3. Postpartum depression, on treatment

Observation course
Monitored on continuous telemetry for 15 hours without recurrence of tachycardia; sinus rhythm 62-88 bpm \
with rare isolated atrial ectopy. High-sensitivity troponin T < 6 ng/L at 0 and 3 hours. Potassium \
4.0 mmol/L, magnesium 2.1 mg/dL. Free T4 within normal limits. Hemoglobin 11.9 g/dL. Urine pregnancy test \
negative.

Discharge medications
New: metoprolol succinate 12.5 mg by mouth once daily.
Continue: sertraline 50 mg daily.

Instructions
- Vagal maneuver taught (modified Valsalva): strain for 15 seconds while sitting, then lie flat with legs \
raised to 45 degrees.
- Return to the ED if an episode lasts more than 20 minutes or comes with fainting or chest pain.
- May drive once free of symptoms for 24 hours.
- Limit caffeine.

Follow-up
- Cardiology clinic (Dr. Hannah Brightwater) within 4 weeks; transthoracic echocardiogram ordered. \
Electrophysiology study and catheter ablation to be discussed if episodes recur.
- Primary care (Dr. Daniel Achterberg) in 2 weeks to repeat thyroid function with TPO antibodies.
"""

_EN_ECHO = """\
ASHCOMBE MEDICAL CENTER — Cardiovascular Imaging Laboratory
TRANSTHORACIC ECHOCARDIOGRAM

Patient: Prado, Helena V.   DOB: 07/22/1984   MRN: 5530218
Study date: 06/02/2021   Height: 165 cm   Weight: 63 kg   BSA: 1.69 m²
BP: 108/66 mmHg   HR: 71 bpm   Rhythm: sinus
Indication: paroxysmal SVT; palpitations
Referring: Hannah Brightwater, MD
Image quality: good

MEASUREMENTS
LV end-diastolic diameter: 4.5 cm
LV end-systolic diameter: 2.9 cm
Interventricular septum (diastole): 0.8 cm
Posterior wall (diastole): 0.8 cm
LV ejection fraction (biplane Simpson): 63%
Global longitudinal strain: -21%
Left atrial volume index: 24 mL/m²
Aortic root: 2.9 cm
TAPSE: 2.3 cm
Mitral inflow E/A: 1.3; average E/e': 7
Estimated RV systolic pressure: 24 mmHg (RAP 3 mmHg)
IVC: 1.5 cm with > 50% inspiratory collapse

FINDINGS
Left ventricle: normal size and wall thickness; normal systolic function without regional wall motion \
abnormalities.
Right ventricle: normal size and function.
Atria: normal size. The interatrial septum appears intact by color Doppler; no shunt seen.
Mitral valve: mild late-systolic prolapse of the posterior leaflet (P2 scallop) with trace to mild \
central mitral regurgitation. No leaflet thickening.
Aortic valve: trileaflet, no stenosis or regurgitation.
Tricuspid valve: trace tricuspid regurgitation.
Pericardium: no pericardial effusion.

CONCLUSIONS
1. Normal left ventricular size and systolic function.
2. Normal diastolic function for age.
3. Mild posterior mitral leaflet prolapse with trace-to-mild regurgitation.
4. No structural heart disease to explain the arrhythmia.

Interpreted by: Hannah Brightwater, MD, FASE
"""

_EN_LABS = """\
FENWICK STREET PRIMARY CARE — Laboratory Results
Performing lab: Commonwealth Reference Laboratories, Woburn, MA
Patient: PRADO, HELENA V   DOB: 07/22/1984   Sex: F
Ordering: Daniel Achterberg, MD
Collected: 06/09/2021 08:05 (fasting)   Resulted: 06/10/2021

THYROID
TSH (3rd generation): 6.82 uIU/mL [0.45-4.50] HIGH
Free T4: 1.02 ng/dL [0.82-1.77]
Thyroid peroxidase (TPO) antibodies: 412 IU/mL [0-34] HIGH
Thyroglobulin antibodies: 48 IU/mL [0.0-0.9] HIGH

COMPREHENSIVE METABOLIC PANEL
Glucose, fasting: 84 mg/dL [65-99]
Creatinine: 0.71 mg/dL [0.57-1.00]
eGFR (CKD-EPI 2021): 112 mL/min/1.73m2 [>59]
Sodium: 139 mmol/L [134-144]
Potassium: 4.2 mmol/L [3.5-5.2]
Calcium: 9.3 mg/dL [8.7-10.2]
Albumin: 4.4 g/dL [3.8-4.8]
ALT (SGPT): 14 IU/L [0-32]
AST (SGOT): 17 IU/L [0-40]

LIPID PANEL
Total cholesterol: 187 mg/dL [100-199]
HDL cholesterol: 64 mg/dL [>39]
LDL cholesterol (calculated): 108 mg/dL [0-99] HIGH
Triglycerides: 73 mg/dL [0-149]

OTHER
Hemoglobin A1c: 5.3 % [4.8-5.6]

Results reviewed by Daniel Achterberg, MD on 06/11/2021: pattern consistent with Hashimoto's; will refer \
to endocrinology if TSH stays high.
"""

_EN_REFERRAL_LETTER = """\
FENWICK STREET PRIMARY CARE
212 Fenwick Street, Somerville, MA 02143

September 20, 2021

Endocrinology Division, Ashcombe Medical Center
Attn: New patient referrals

Re: Helena Vasconcelos Prado, DOB 07/22/1984, MRN 5530218

Dear Colleague,

I would be grateful if you could see Mrs. Prado, a 37-year-old Brazilian postdoctoral researcher in \
biochemistry, whom I have been looking after since she moved to Somerville in 2019. I am referring her for \
evaluation of Hashimoto's thyroiditis with a thyroid nodule, and for advice on whether she should start \
levothyroxine.

Her thyroid function first came to attention in May, when she presented to urgent care with an episode of \
supraventricular tachycardia that was terminated with adenosine. Her TSH was mildly raised on that occasion \
and, when I repeated it in June, it was still above the reference range with a normal free T4 and strongly \
positive antibodies (results enclosed). She asked me, quite reasonably, whether her palpitations might have \
been caused by her thyroid; I told her that I thought this unlikely with an underactive picture, but I \
would value your view.

Since the birth of her son in November 2020 she has felt tired much of the time, she feels the cold more \
than her husband, and her hair has been thinning; she has gained around 4 kg over the past six months \
despite no change in her diet. Some of this may relate to her postpartum depression, for which she is \
under the care of our perinatal psychiatry team and is taking sertraline with a good response.

When I examined her neck last week, I felt a firm, smooth, non-tender nodule of about 1.5 cm in the right \
lobe, moving with swallowing. There was no cervical lymphadenopathy and no hoarseness. I have requested a \
thyroid ultrasound, which is booked for October 4.

Her family history is relevant: her mother was diagnosed with papillary thyroid carcinoma at the age of 52 \
and was treated in São Paulo with total thyroidectomy and radioactive iodine; she remains well. There is no \
family history of other endocrine disease.

Mrs. Prado and her husband are hoping to have a second child within the next two years, and she is keen to \
know whether her thyroid should be treated before she tries to conceive.

Her only other regular medication is metoprolol, and she has had no further episodes of palpitations. She \
is allergic to penicillin. She does not smoke and rarely drinks alcohol.

Thank you very much for seeing her. Please do not hesitate to contact me if you need any further \
information.

Yours sincerely,

Daniel Achterberg, MD
Family Medicine
"""

_EN_PSYCHIATRY = """\
ASHCOMBE MEDICAL CENTER — Perinatal Mental Health Program
PSYCHIATRY INITIAL EVALUATION

Patient: Helena V. Prado   DOB: 07/22/1984   MRN: 5530218
Date: February 9, 2021   Duration: 75 minutes   Clinician: Rebecca Thornquist, MD
Sources: patient; husband (present for part of the interview); obstetric referral.

REASON FOR REFERRAL
Referred by her obstetrician after scoring 17 on the Edinburgh Postnatal Depression Scale at her six-week \
postpartum visit.

HISTORY OF PRESENT ILLNESS
Mrs. Prado is a 36-year-old Brazilian-born postdoctoral researcher who delivered her first child, a \
healthy boy, by spontaneous vaginal delivery on November 3, 2020, after an uncomplicated pregnancy. She \
describes feeling "flat and detached" from about the third week after the birth, with tearfulness most \
days, loss of pleasure in things she used to enjoy, and intense guilt about not "bonding properly" with \
her son. She has frequent intrusive images of the baby falling down the stairs, which she finds horrifying \
and which lead her to avoid carrying him near the staircase; she has no wish or intent to harm him. She \
also describes sudden surges of fear with pounding heart, shaking and a sense of suffocation, roughly \
twice a week, usually in the evening. She is sleeping about four hours a night in fragments, even when her \
husband gives the night feeds, and lies awake worrying. Appetite is reduced and she is 3 kg below her \
pre-pregnancy weight. She is breastfeeding and wishes to continue.

PAST PSYCHIATRIC HISTORY
One previous depressive episode at age 24, during her master's degree in Campinas, treated with fluoxetine \
for nine months with full recovery. No hospitalizations, no suicide attempts, no history of mania or \
psychosis.

FAMILY HISTORY
Maternal aunt with bipolar disorder; father with alcohol use disorder, now abstinent.

SOCIAL HISTORY
Married, lives with her husband (software engineer) and son in Somerville. Extended family in Brazil; her \
mother-in-law is staying with them until March. On maternity leave until April. No alcohol since \
pregnancy; has never smoked or used drugs.

MENTAL STATUS EXAMINATION
Well groomed, cooperative, good eye contact. Speech normal in rate and volume. Mood "exhausted and \
scared"; affect constricted and tearful at times. Thought process linear. Intrusive, ego-dystonic thoughts \
of accidental harm to the baby, without intent; no delusions or hallucinations. Insight and judgment good.

RISK ASSESSMENT
Denies suicidal ideation, intent or plan, and any thoughts of deliberately harming the baby. Protective \
factors: supportive husband, strong attachment to her son, religious faith, engagement with care. Acute \
risk assessed as low.

RATING SCALES
PHQ-9: 16; GAD-7: 15.

DIAGNOSES
1. Major depressive disorder, recurrent, moderate, with peripartum onset
2. Panic disorder

PLAN
1. Start sertraline 25 mg daily for 7 days, then 50 mg daily. Preferred option while breastfeeding, as \
very little passes into breast milk.
2. Weekly cognitive behavioral therapy with the program psychologist, focused on intrusive thoughts and \
panic.
3. Protect sleep: husband to take one night feed with expressed milk, aiming for a 5-hour stretch.
4. TSH and free T4 to exclude postpartum thyroiditis.
5. Safety plan discussed; crisis line numbers provided.
6. Follow-up in 3 weeks.
"""

_EN_PHYSIO = """\
BRATTLE SQUARE PHYSICAL THERAPY — Cambridge, MA
PHYSICAL THERAPY INITIAL EVALUATION

Patient name: Helena Prado | DOB: 07/22/1984 | Date of evaluation: 10/26/2021 | Visit 1 of 16
Referring provider: Daniel Achterberg, MD
Medical diagnosis: Low back pain with left lumbar radiculopathy (ICD-10 M54.16)

SUBJECTIVE
Mechanism of injury: onset 6 weeks ago lifting the infant car seat out of the car
Current symptoms: central low back pain radiating to the left buttock and posterior thigh, not below the \
knee; intermittent tingling in the left calf
Pain (NPRS 0-10): current 4/10 | best 2/10 | worst 7/10
Aggravating factors: sitting more than 30 minutes, bending to lift the baby, coughing
Easing factors: walking, lying prone, heat
Red flags screen: denies bowel or bladder changes, saddle numbness, fever, weight loss, night pain
Prior level of function: running 3x/week (5-10 km); lifting her 10 kg child without pain
Imaging: none

OBJECTIVE
Posture: reduced lumbar lordosis, mild lateral shift to the right
Lumbar AROM: flexion 50% limited, reproduces leg pain | extension 25% limited, centralizes symptoms on \
repetition
Neuro: straight leg raise positive on the left at 50 degrees, negative on the right | reflexes 2+ and \
symmetric | left EHL 4+/5, other myotomes 5/5 | light touch intact
Palpation: tender over left L5-S1 paraspinals
Special tests: slump test positive on the left
Outcome measure: Oswestry Disability Index 34% (moderate disability)

ASSESSMENT
Left L5-S1 discogenic radicular pattern with directional preference for extension. Good rehab potential.

GOALS
Short-term (3 weeks): centralize symptoms; sit 60 minutes with pain at or below 2/10
Long-term (8 weeks): return to running 5 km pain-free | lift child and car seat from floor with correct \
mechanics | ODI below 10%

PLAN
Frequency/duration: 2 times per week for 8 weeks
Interventions: repeated extension exercises (McKenzie), neural mobilization, core stabilization, graded \
return to running, body mechanics for childcare tasks, home exercise program

Therapist: Olivia Sandoval-Reyes, PT, DPT
"""

_EN_ERX = """\
FENWICK STREET PRIMARY CARE — Electronic Prescriptions
Patient: Helena V. Prado   DOB: 07/22/1984   Allergies: penicillin (rash)
Prescriber: Daniel Achterberg, MD
Date: 01/18/2022
Pharmacy: Porter Square Community Pharmacy, Cambridge, MA

1. Levothyroxine sodium 50 mcg tablet
   Take 1 tablet by mouth once daily on an empty stomach, 30 to 60 minutes before breakfast. Take 4 hours \
apart from iron or calcium supplements.
   Qty: 90   Refills: 3
   Note: dose increased from 25 mcg per endocrinology (Dr. Priyanka Venkataraman); recheck TSH in 6-8 weeks.

2. Sertraline 100 mg tablet
   Take 1 tablet by mouth once daily in the morning.
   Qty: 90   Refills: 1

3. Metoprolol succinate ER 25 mg tablet
   Take 1 tablet by mouth once daily. Do not crush or chew. Hold dose if heart rate is below 55 or you \
feel faint.
   Qty: 90   Refills: 3

4. Cholecalciferol (vitamin D3) 1,000 IU capsule — over the counter
   Take 1 capsule daily with a meal.
"""

# --------------------------------------------------------------------------------------------------
# Portuguese documents (São Paulo, 2023–2025)
# --------------------------------------------------------------------------------------------------

_PT_NOTA_TELEGRAFICA = """\
CONSULTÓRIO DR. ANDRÉ MOTTA FALCÃO — Clínica Médica / Gastroenterologia
R. Vergueiro, 2.045, cj. 81 — São Paulo/SP

02/10/23 — RETORNO
Pcte: Helena Vasconcelos Prado, 39a, fem. Conv.: Sul Saúde Premium

S: Retorna c/ EDA (12/09) + AP + labs (08/23). Epigastralgia em queimação há ~4m, pior em jejum e à \
noite; pirose 2-3x/sem. Nega disfagia, odinofagia, melena, hematêmese, perda ponderal. Uso de ibuprofeno \
600 mg p/ cefaleia ~3x/sem (!). Cansaço + queda de cabelo. Ciclos regulares, fluxo aumentado (troca \
absorvente 2/2h nos 2 primeiros dias).
AP: Hashimoto (LT4 50 mcg/d), TPSV 2021 s/ recorrência (metoprolol suspenso 2022), DPP 2021 (sertralina \
até 03/2023, alta da psiquiatria). G1P1.
Alergia: PENICILINA (rash).

O: BEG, LOTE, desc. +/4+, anict. PA 110/70, FC 74. Abd: flácido, dor leve à palp. epigástrio, s/ VMG, RHA+.

Exames: EDA e AP confirmam infecção por H. pylori (ver laudos). Labs c/ anemia microcítica e ferropenia \
(ver laudo).

A:
#1 Gastrite por H. pylori + esofagite erosiva (AINE contribuindo)
#2 Anemia ferropriva — multifatorial (menorragia + AINE + HP)
#3 Hipotireoidismo (Hashimoto) — compensado

P:
- SUSPENDER ibuprofeno; cefaleia → paracetamol 750 mg até 6/6h
- Erradicação HP — alergia a penicilina, não usar amoxicilina → esquema quádruplo c/ bismuto x 14d:
  omeprazol 20 mg 12/12h + subcitrato de bismuto 120 mg 6/6h
  + tetraciclina 500 mg 6/6h + metronidazol 400 mg 8/8h
- Controle de erradicação: teste respiratório c/ ureia-13C ≥ 4 sem após fim do tto (s/ IBP há 2 sem)
- Sulfato ferroso 40 mg de ferro elementar 1x/d em dias alternados, 4h longe da LT4
- Encaminho GO p/ investigar menorragia (USG TV)
- Ret. 8 sem c/ hemograma + ferritina
"""

_PT_EDA = """\
GASTROCENTRO PAULISTA — Serviço de Endoscopia Digestiva
LAUDO DE ENDOSCOPIA DIGESTIVA ALTA

Paciente: Helena Vasconcelos Prado   Idade: 39 anos   Data: 12/09/2023
Médico solicitante: Dr. André Motta Falcão
Indicação: epigastralgia, pirose e anemia ferropriva.
Preparo e sedação: jejum de 8 horas; sedação com propofol 100 mg EV e fentanil 50 mcg EV, sob supervisão \
de anestesiologista, com monitorização de oximetria e ECG. Exame bem tolerado, sem intercorrências.
Aparelho: videogastroscópio de alta definição.

ESÔFAGO: calibre e distensibilidade preservados. No terço distal, duas erosões lineares menores que 5 mm, \
não confluentes, situadas acima da transição escamocolunar. A transição esofagogástrica coincide com o \
pinçamento diafragmático, a 38 cm da arcada dentária superior. Não há hérnia hiatal.
ESTÔMAGO: lago mucoso claro, de volume habitual. Antro com enantema moderado difuso e múltiplas erosões \
planas. Corpo e fundo com pregueado habitual; à manobra de retrovisão, cárdia justa ao aparelho. Ausência \
de úlceras ou lesões elevadas. Piloro pérvio e centrado.
DUODENO: bulbo e segunda porção de aspecto endoscópico normal.

PROCEDIMENTOS
- Teste rápido da urease em fragmento de antro: POSITIVO em 1 hora.
- Biópsias de antro (2) e corpo (2) para histologia segundo o protocolo de Sydney.
- Biópsias da segunda porção duodenal (4 fragmentos) para investigação de doença celíaca.

CONCLUSÃO
1. Esofagite erosiva grau A de Los Angeles.
2. Gastrite enantematosa erosiva moderada de antro.
3. Aguarda estudo histopatológico.

Dr. Rogério Kenji Tanabe — Endoscopia Digestiva — CRM-SP 109.274
"""

_PT_ANATOMOPATOLOGICO = """\
PATOLOGIA DIAGNÓSTICA IPIRANGA
LAUDO ANATOMOPATOLÓGICO Nº AP23-11842

Paciente: Helena Vasconcelos Prado   Sexo: F   Idade: 39 anos
Procedência: Gastrocentro Paulista — Dr. Rogério Kenji Tanabe
Recebimento: 13/09/2023   Liberação: 20/09/2023
Material: biópsias endoscópicas de estômago (antro e corpo) e de duodeno.

MACROSCOPIA
A) Antro: dois fragmentos pardo-claros, medindo em conjunto 0,5 x 0,3 cm. Incluídos totalmente.
B) Corpo: dois fragmentos pardo-claros, medindo em conjunto 0,4 x 0,3 cm. Incluídos totalmente.
C) Duodeno: quatro fragmentos pardo-claros, o maior com 0,3 cm. Incluídos totalmente.

MICROSCOPIA E DIAGNÓSTICO
A) Mucosa gástrica de tipo antral: gastrite crônica moderada, em atividade leve (Sistema Sydney \
atualizado). Presença de bacilos curvos compatíveis com Helicobacter pylori (++/+++), confirmados pela \
coloração de Giemsa. Ausência de metaplasia intestinal e de displasia.
B) Mucosa gástrica de tipo oxíntico: gastrite crônica leve, inativa. Bacilos não identificados nesta \
amostra. Sem atrofia.
C) Mucosa duodenal: arquitetura vilositária preservada (relação vilo/cripta 3:1), com linfócitos \
intraepiteliais em número normal (menos de 25 por 100 enterócitos). Achados sem sinais de doença celíaca \
(Marsh 0).

NOTA: estadiamento OLGA 0 / OLGIM 0 — baixo risco para câncer gástrico.

Dra. Beatriz Nogueira Salles — Médica Patologista — CRM-SP 117.668
"""

_PT_EXAMES_2023 = """\
LABORATÓRIO ANALÍTICO SERRA VERDE
Cliente: HELENA VASCONCELOS PRADO   Nasc.: 22/07/1984   Sexo: F
Solicitante: Dr. André Motta Falcão   Convênio: Sul Saúde Premium
Coleta: 21/08/2023   Emissão: 22/08/2023

HEMOGRAMA COMPLETO (citometria de fluxo)
Eritrócitos ........ 4,38 milhões/mm³ (3,90 a 5,03)
Hemoglobina ........ 10,9 g/dL (12,0 a 15,5)
Hematócrito ........ 34,1 % (34,9 a 44,5)
VCM ........ 77,9 fL (81,6 a 98,3)
HCM ........ 24,9 pg (27,0 a 32,0)
RDW ........ 16,4 % (11,8 a 15,6)
Leucócitos ........ 6.120 /mm³ (3.500 a 10.500)
Plaquetas ........ 338.000 /mm³ (150.000 a 450.000)

PERFIL DE FERRO
Ferro sérico ........ 31 µg/dL (50 a 170)
Ferritina ........ 8,0 ng/mL (15,0 a 150,0)
Saturação da transferrina ........ 7 % (20 a 50)

VITAMINAS
Vitamina B12 ........ 312 pg/mL (197 a 771)
Ácido fólico ........ 9,8 ng/mL (> 3,9)
25-hidroxivitamina D ........ 22,4 ng/mL (> 20 população geral; 30 a 60 grupos de risco)

TRIAGEM PARA DOENÇA CELÍACA
Anticorpo antitransglutaminase tecidual IgA ........ 1,2 U/mL (negativo: < 7,0)
IgA total ........ 186 mg/dL (70 a 400)

Observação: microcitose e hipocromia; correlacionar com perfil de ferro.
Responsável técnica: Dra. Lúcia Fernandes Brito — Biomédica
"""

_PT_USG_TIREOIDE = """\
IMAGEM DIAGNÓSTICA ACLIMAÇÃO
ULTRASSONOGRAFIA DA TIREOIDE COM DOPPLER

Paciente: Helena Vasconcelos Prado   Data: 08/10/2024
Solicitante: Dra. Marina Sayuri Okamoto
Indicação: tireoidite de Hashimoto; seguimento de nódulo tireoidiano.
Exame anterior para comparação: 11/09/2023 (mesmo serviço).
Técnica: transdutor linear de alta frequência (5-14 MHz), com Doppler colorido.

Tireoide tópica, de contornos lobulados e dimensões normais.
Lobo direito: 4,6 x 1,6 x 1,5 cm (5,8 cm³). Lobo esquerdo: 4,3 x 1,4 x 1,4 cm (4,4 cm³). Istmo: 0,3 cm.
Volume glandular total: 10,2 cm³.
Parênquima com ecotextura difusamente heterogênea e ecogenicidade reduzida, com finos septos ecogênicos e \
vascularização aumentada ao Doppler.
Nódulo no terço médio do lobo direito: sólido, isoecogênico, de contornos regulares, orientação paralela \
(mais largo que alto), sem focos ecogênicos, com vascularização predominantemente periférica. Mede \
1,4 x 1,1 x 0,9 cm (anterior: 1,3 x 1,0 x 0,9 cm).
Classificação ACR TI-RADS: TR3 (sólido 2 + isoecogênico 1 = 3 pontos).
Não foram identificados outros nódulos.
Linfonodos cervicais dos níveis II a VI sem características suspeitas.

IMPRESSÃO
1. Tireoidopatia crônica difusa, compatível com tireoidite de Hashimoto.
2. Nódulo sólido no lobo direito, TR3, com dimensões estáveis em relação a 09/2023.
3. Sugere-se controle ultrassonográfico conforme critério clínico.

Dr. Henrique Batista Lourenço — Radiologista — CRM-SP 127.035
"""

_PT_MAMOGRAFIA = """\
CENTRO DE DIAGNÓSTICO MAMÁRIO VILA CLEMENTINO
MAMOGRAFIA DIGITAL BILATERAL — RASTREAMENTO

Paciente: Helena Vasconcelos Prado   Idade: 40 anos   Data: 26/08/2024
Indicação: rastreamento de rotina (primeiro exame).
Incidências: craniocaudal e mediolateral oblíqua bilaterais, com tomossíntese.

Composição mamária: mamas heterogeneamente densas (padrão C), o que pode reduzir a sensibilidade do exame.

Achados:
Mama direita: não há nódulos, distorções arquiteturais ou assimetrias suspeitas. Calcificações \
puntiformes esparsas, de aspecto benigno.
Mama esquerda: linfonodo intramamário no quadrante superolateral, medindo 0,6 cm, com hilo adiposo \
preservado. Não há nódulos suspeitos nem microcalcificações agrupadas.
Pele e complexo areolopapilar sem alterações. Linfonodos axilares de aspecto habitual bilateralmente.

Impressão:
Categoria BI-RADS 2 — achados benignos.

Recomendação: rastreamento mamográfico anual. Considerar ultrassonografia mamária complementar em razão \
da densidade do parênquima.

Dra. Sílvia Maranhão Teixeira — Radiologista — CRM-SP 115.462
"""

_PT_EXAMES_PRENATAL = """\
DIAGNÓSTICOS ALVORADA — Medicina Laboratorial
Paciente: Helena Vasconcelos Prado   DN: 22/07/1984   Gestante — IG informada: 24 semanas
Solicitante: Dra. Cláudia Rezende Mota   Coleta: 12/03/2025   Laudo: 13/03/2025

IMUNO-HEMATOLOGIA
Tipagem sanguínea ABO/Rh — O negativo
Coombs indireto (pesquisa de anticorpos irregulares) — negativo

HEMATOLOGIA
Hemoglobina — 11,4 g/dL — ref. gestante: ≥ 11,0
Plaquetas — 241.000/mm³ — ref.: 150.000 a 450.000

TOTG 75 g (3 dosagens)
Glicose em jejum — 88 mg/dL — alterado se ≥ 92
Glicose 1 h após sobrecarga — 188 mg/dL — alterado se ≥ 180
Glicose 2 h após sobrecarga — 149 mg/dL — alterado se ≥ 153
Interpretação: um valor alterado, compatível com diabetes mellitus gestacional (critérios IADPSG/OMS).

TIREOIDE
TSH ultrassensível — 2,14 µUI/mL — ref. gestante 2º trimestre: 0,20 a 3,00
T4 livre — 1,05 ng/dL — ref.: 0,70 a 1,48

SOROLOGIAS
Toxoplasmose — IgG reagente; IgM não reagente (imunidade prévia)
Rubéola — IgG reagente; IgM não reagente
Sífilis (teste treponêmico) — não reagente
HIV 1 e 2 (4ª geração) — não reagente
Hepatite B (HBsAg) — não reagente
Hepatite C (anti-HCV) — não reagente

URINA
Urina tipo 1 — sem alterações
Urocultura — sem crescimento bacteriano

Liberado por: Dr. Fábio Henrique Cardoso — Patologista Clínico
"""

_PT_PRENATAL = """\
CLÍNICA MATERNA IPÊ — Obstetrícia e Medicina Fetal
FICHA DE ACOMPANHAMENTO PRÉ-NATAL — CONSULTA DE ROTINA

Gestante: Helena Vasconcelos Prado        Idade: 40 anos
Data: 18/03/2025                          Obstetra: Dra. Cláudia Rezende Mota
G2 P1 (parto vaginal em 2020) A0          Gestação: única
DUM: 20/09/2024
DPP (pela DUM, confirmada por USG de 12s2d): 27/06/2025
IG hoje: 25 semanas e 4 dias

DADOS DA CONSULTA
Peso: 71,4 kg (pré-gestacional: 64,0 kg; ganho total: 7,4 kg)
PA: 112/70 mmHg
Altura uterina: 25 cm
BCF: 148 bpm, rítmicos
Movimentação fetal: presente
Edema: ausente
Queixas: azia após o jantar e câimbras nas panturrilhas à noite.

EXAMES RECENTES
Morfológico do 2º trimestre (21s5d): anatomia fetal sem alterações; peso fetal estimado no percentil 46; \
placenta anterior, alta; colo uterino com 38 mm.
Laboratoriais de 12/03/2025: ver laudo (TOTG com 1 valor alterado).

AVALIAÇÃO / CONDUTA
1. Diabetes mellitus gestacional: encaminhada à nutricionista; perfil glicêmico capilar 4x/dia (jejum e \
1 h após café, almoço e jantar). Metas: jejum < 95 mg/dL e 1 h pós-prandial < 140 mg/dL. Iniciar insulina \
se mais de 30% das medidas fora da meta em 2 semanas.
2. Gestante Rh negativo, sem aloimunização: programada imunoglobulina anti-D 300 mcg IM com 28 semanas.
3. Idade materna ≥ 40 anos: mantém AAS 100 mg à noite até 36 semanas e carbonato de cálcio 1 g/dia \
(profilaxia de pré-eclâmpsia).
4. Hipotireoidismo: levotiroxina conforme endocrinologista; próximo TSH em abril.
5. Azia: medidas comportamentais; pode usar antiácido (hidróxido de alumínio e magnésio) se necessário.
6. Vacinas em dia (ver caderneta).

Próxima consulta: 01/04/2025, com perfil glicêmico.
"""

_PT_VACINAS = """\
CADERNETA DE VACINAÇÃO — ADULTO (transcrição para o prontuário)
Nome: Helena Vasconcelos Prado   Data de nascimento: 22/07/1984
Unidade de referência: UBS Jardim das Acácias — São Paulo/SP
Atualizada em: 28/04/2025

VACINA | DOSE | DATA | LOTE | LOCAL
Hepatite B | 1ª dose | 14/03/2003 | HB0217 | UBS Vila Industrial — Campinas
Hepatite B | 2ª dose | 16/04/2003 | HB0231 | UBS Vila Industrial — Campinas
Hepatite B | 3ª dose | 22/09/2003 | HB0412 | UBS Vila Industrial — Campinas
Tríplice viral (sarampo, caxumba, rubéola) | 2ª dose | 10/08/2009 | TV9921 | UBS Vila Industrial — Campinas
dT (dupla adulto) | reforço | 19/06/2015 | DT1508 | UBS Jardim das Acácias
Febre amarela | dose única | 05/02/2018 | FA17B03 | UBS Jardim das Acácias
dTpa (gestante) | dose da gestação | 20/08/2020 | — | Boston, EUA (Tdap, registro estrangeiro)
COVID-19 (Pfizer) | 1ª dose | 12/04/2021 | EW0182 | Somerville, EUA
COVID-19 (Pfizer) | 2ª dose | 03/05/2021 | EW0196 | Somerville, EUA
COVID-19 (Pfizer bivalente) | reforço | 09/05/2023 | FP8812 | UBS Jardim das Acácias
Influenza | anual | 14/05/2024 | 240045 | UBS Jardim das Acácias
dTpa (gestante) | dose da gestação | 10/03/2025 | AC37B512 | UBS Jardim das Acácias
Influenza (gestante) | anual | 28/04/2025 | 250112 | UBS Jardim das Acácias

SOROLOGIA REGISTRADA
Anti-HBs: 245 mUI/mL em 02/2020 (imune)

OBSERVAÇÕES
- Febre amarela: contraindicada na gestação; dose única válida, sem necessidade de reforço.
- Vacina contra VSR (vírus sincicial respiratório): indicada entre 32 e 36 semanas — agendar.
"""

_PT_CARTA_ENDOCRINO = """\
Dra. Marina Sayuri Okamoto
Endocrinologia e Metabologia — CRM-SP 138.552
Rua Tutóia, 1.157, sala 42 — São Paulo/SP

São Paulo, 20 de janeiro de 2025.

À Dra. Cláudia Rezende Mota
Obstetrícia — Clínica Materna Ipê

Prezada Dra. Cláudia,

Escrevo a respeito de nossa paciente em comum, a Sra. Helena Vasconcelos Prado, de 40 anos, atualmente com \
cerca de 17 semanas de gestação, que acompanho desde março de 2023 por hipotireoidismo secundário a \
tireoidite de Hashimoto e por um nódulo tireoidiano à direita.

O diagnóstico da tireoidite foi feito em 2021, quando a paciente morava em Boston, nos Estados Unidos, a \
partir de anticorpos antitireoperoxidase francamente elevados; a levotiroxina foi iniciada naquele ano e a \
dose estava estável havia dois anos. Quando ela me comunicou a gravidez, em novembro de 2024, aumentei a \
dose de levotiroxina de 50 para 75 mcg/dia, conforme a recomendação de ajuste precoce em gestantes com \
hipotireoidismo. O controle de dezembro mostrou TSH ainda um pouco acima do alvo; como ela relatou que \
vinha tomando o comprimido junto com o café da manhã, reforcei as orientações de tomada e mantive a dose.

Para o restante da gestação, sugiro os seguintes alvos: TSH entre 0,1 e 2,5 µUI/mL no primeiro trimestre \
e abaixo de 3,0 µUI/mL no segundo e no terceiro trimestres, com T4 livre na faixa normal. Peço a gentileza \
de solicitar TSH e T4 livre a cada 4 semanas até a 20ª semana e, depois, uma vez por trimestre, \
encaminhando-me os resultados.

O nódulo de lobo direito segue em acompanhamento ultrassonográfico, sem indicação de punção neste momento; \
pretendo repetir o ultrassom cerca de seis meses após o parto.

Após o parto, a dose de levotiroxina deverá retornar a 50 mcg/dia, com nova dosagem de TSH seis semanas \
depois. A levotiroxina é compatível com a amamentação. Lembro ainda que a paciente teve depressão pós-parto \
na primeira gestação; como a tireoidite pós-parto pode agravar sintomas de humor, peço atenção especial ao \
puerpério e, se necessário, contato precoce com a psiquiatria.

Ressalto que o sulfato ferroso e o carbonato de cálcio, se prescritos, devem ser tomados com intervalo \
mínimo de 4 horas da levotiroxina.

Coloco-me à disposição para discutir o caso.

Atenciosamente,

Dra. Marina Sayuri Okamoto
"""

DOCUMENTS: dict[str, tuple[str, str, str]] = {
    "en_urgent_care_note": ("en", "clinical_note", _EN_URGENT_CARE),
    "en_ed_observation_discharge": ("en", "discharge_summary", _EN_ED_DISCHARGE),
    "en_echocardiogram": ("en", "imaging_report", _EN_ECHO),
    "en_lab_results_2021": ("en", "lab_report", _EN_LABS),
    "en_gp_referral_letter": ("en", "referral", _EN_REFERRAL_LETTER),
    "en_psychiatry_evaluation": ("en", "clinical_note", _EN_PSYCHIATRY),
    "en_physical_therapy_evaluation": ("en", "other", _EN_PHYSIO),
    "en_eprescriptions_2022": ("en", "prescription", _EN_ERX),
    "pt_nota_gastro_retorno": ("pt", "clinical_note", _PT_NOTA_TELEGRAFICA),
    "pt_laudo_endoscopia": ("pt", "other", _PT_EDA),
    "pt_anatomopatologico_gastrico": ("pt", "lab_report", _PT_ANATOMOPATOLOGICO),
    "pt_exames_2023": ("pt", "lab_report", _PT_EXAMES_2023),
    "pt_usg_tireoide": ("pt", "imaging_report", _PT_USG_TIREOIDE),
    "pt_mamografia": ("pt", "imaging_report", _PT_MAMOGRAFIA),
    "pt_exames_prenatal_2025": ("pt", "lab_report", _PT_EXAMES_PRENATAL),
    "pt_consulta_prenatal": ("pt", "clinical_note", _PT_PRENATAL),
    "pt_caderneta_vacinacao": ("pt", "other", _PT_VACINAS),
    "pt_carta_endocrinologista": ("pt", "referral", _PT_CARTA_ENDOCRINO),
}

PAIRS: list[tuple[str, str, str, str]] = [
    # ---- English questions, English documents ----
    ("en", "what did the first ECG at urgent care show?", "en_urgent_care_note", "ECG #1: narrow-complex reg tachy @ 186"),
    ("en", "adenosine dose", "en_urgent_care_note", "Adenosine 6 mg rapid IVP + 20 mL NS flush"),
    ("en", "does she drink a lot of coffee?", "en_urgent_care_note", "Caffeine ~3 cups coffee/d"),
    ("en", "any WPW pattern after conversion?", "en_urgent_care_note", "no delta wave/preexcitation, QTc 428"),
    ("en", "did she faint?", "en_urgent_care_note", "+ lightheaded, no syncope, no CP, no SOB"),
    ("en", "troponin", "en_ed_observation_discharge", "High-sensitivity troponin T < 6 ng/L at 0 and 3 hours"),
    ("en", "is ablation planned?", "en_ed_observation_discharge", "Electrophysiology study and catheter ablation to be discussed"),
    ("en", "how to do the vagal maneuver at home", "en_ed_observation_discharge", "strain for 15 seconds while sitting, then lie flat with legs"),
    ("en", "when should she come back to the ER?", "en_ed_observation_discharge", "Return to the ED if an episode lasts more than 20 minutes"),
    ("en", "any more SVT on the monitor overnight?", "en_ed_observation_discharge", "Monitored on continuous telemetry for 15 hours without recurrence"),
    ("en", "magnesium level", "en_ed_observation_discharge", "magnesium 2.1 mg/dL"),
    ("en", "EF", "en_echocardiogram", "LV ejection fraction (biplane Simpson): 63%"),
    ("en", "heart scan result", "en_echocardiogram", "Normal left ventricular size and systolic function"),
    ("en", "mitral valve prolapse", "en_echocardiogram", "mild late-systolic prolapse of the posterior leaflet (P2 scallop)"),
    ("en", "pulmonary artery pressure", "en_echocardiogram", "Estimated RV systolic pressure: 24 mmHg"),
    ("en", "diastolic function", "en_echocardiogram", "Normal diastolic function for age"),
    ("en", "hole in the heart?", "en_echocardiogram", "The interatrial septum appears intact by color Doppler"),
    ("en", "right heart function on echo", "en_echocardiogram", "Right ventricle: normal size and function"),
    ("en", "thyroid antibodies", "en_lab_results_2021", "Thyroid peroxidase (TPO) antibodies: 412 IU/mL"),
    ("en", "kidney function", "en_lab_results_2021", "eGFR (CKD-EPI 2021): 112 mL/min/1.73m2"),
    ("en", "bad cholesterol", "en_lab_results_2021", "LDL cholesterol (calculated): 108 mg/dL"),
    ("en", "liver tests", "en_lab_results_2021", "ALT (SGPT): 14 IU/L [0-32]"),
    ("en", "thyroglobulin antibodies", "en_lab_results_2021", "Thyroglobulin antibodies: 48 IU/mL"),
    ("en", "calcium level", "en_lab_results_2021", "Calcium: 9.3 mg/dL [8.7-10.2]"),
    ("en", "family history of thyroid cancer", "en_gp_referral_letter", "her mother was diagnosed with papillary thyroid carcinoma at the age of 52"),
    ("en", "what did the GP feel in her neck?", "en_gp_referral_letter", "a firm, smooth, non-tender nodule of about 1.5 cm in the right"),
    ("en", "cold intolerance?", "en_gp_referral_letter", "she feels the cold more than her husband"),
    ("en", "unexplained weight gain", "en_gp_referral_letter", "she has gained around 4 kg over the past six months"),
    ("en", "why was she referred to endocrinology?", "en_gp_referral_letter", "evaluation of Hashimoto's thyroiditis with a thyroid nodule"),
    ("en", "could her thyroid cause the palpitations?", "en_gp_referral_letter", "whether her palpitations might have been caused by her thyroid"),
    ("en", "EPDS score", "en_psychiatry_evaluation", "scoring 17 on the Edinburgh Postnatal Depression Scale"),
    ("en", "suicide risk", "en_psychiatry_evaluation", "Denies suicidal ideation, intent or plan"),
    ("en", "history of depression before the pregnancy", "en_psychiatry_evaluation", "One previous depressive episode at age 24"),
    ("en", "psychiatric diagnosis", "en_psychiatry_evaluation", "Major depressive disorder, recurrent, moderate, with peripartum onset"),
    ("en", "is sertraline safe while breastfeeding?", "en_psychiatry_evaluation", "very little passes into breast milk"),
    ("en", "psychotherapy", "en_psychiatry_evaluation", "Weekly cognitive behavioral therapy with the program psychologist"),
    ("en", "how much is she sleeping?", "en_psychiatry_evaluation", "sleeping about four hours a night in fragments"),
    ("en", "intrusive thoughts about the baby", "en_psychiatry_evaluation", "intrusive images of the baby falling down the stairs"),
    ("en", "how often does she have panic attacks?", "en_psychiatry_evaluation", "twice a week, usually in the evening"),
    ("en", "Oswestry", "en_physical_therapy_evaluation", "Oswestry Disability Index 34% (moderate disability)"),
    ("en", "SLR", "en_physical_therapy_evaluation", "straight leg raise positive on the left at 50 degrees"),
    ("en", "how did she hurt her back?", "en_physical_therapy_evaluation", "lifting the infant car seat out of the car"),
    ("en", "cauda equina symptoms", "en_physical_therapy_evaluation", "denies bowel or bladder changes, saddle numbness"),
    ("en", "can she go back to running?", "en_physical_therapy_evaluation", "return to running 5 km pain-free"),
    ("en", "does the pain go down the leg?", "en_physical_therapy_evaluation", "radiating to the left buttock and posterior thigh, not below the knee"),
    ("en", "back pain score", "en_physical_therapy_evaluation", "current 4/10 | best 2/10 | worst 7/10"),
    ("en", "how should she take her thyroid pill?", "en_eprescriptions_2022", "on an empty stomach, 30 to 60 minutes before breakfast"),
    ("en", "when to skip the beta blocker", "en_eprescriptions_2022", "Hold dose if heart rate is below 55"),
    ("en", "levothyroxine dose change in 2022", "en_eprescriptions_2022", "dose increased from 25 mcg per endocrinology"),
    # ---- English questions, Portuguese documents ----
    ("en", "heavy periods", "pt_nota_gastro_retorno", "fluxo aumentado (troca absorvente 2/2h nos 2 primeiros dias)"),
    ("en", "what did the endoscopy show in the stomach?", "pt_laudo_endoscopia", "Gastrite enantematosa erosiva moderada de antro"),
    ("en", "celiac disease on the duodenal biopsy", "pt_anatomopatologico_gastrico", "Achados sem sinais de doença celíaca"),
    ("en", "has the thyroid nodule grown?", "pt_usg_tireoide", "com dimensões estáveis em relação a 09/2023"),
    ("en", "mammogram result", "pt_mamografia", "Categoria BI-RADS 2 — achados benignos"),
    ("en", "blood type", "pt_exames_prenatal_2025", "Tipagem sanguínea ABO/Rh — O negativo"),
    ("en", "due date", "pt_consulta_prenatal", "DPP (pela DUM, confirmada por USG de 12s2d): 27/06/2025"),
    ("en", "whooping cough vaccine in this pregnancy", "pt_caderneta_vacinacao", "dTpa (gestante) | dose da gestação | 10/03/2025"),
    ("en", "hepatitis B immunity", "pt_caderneta_vacinacao", "Anti-HBs: 245 mUI/mL em 02/2020 (imune)"),
    ("en", "levothyroxine dose after delivery", "pt_carta_endocrinologista", "a dose de levotiroxina deverá retornar a 50 mcg/dia"),
    # ---- Portuguese questions, Portuguese documents ----
    ("pt", "antibióticos para H. pylori", "pt_nota_gastro_retorno", "tetraciclina 500 mg 6/6h + metronidazol 400 mg 8/8h"),
    ("pt", "por que não usou amoxicilina?", "pt_nota_gastro_retorno", "alergia a penicilina, não usar amoxicilina"),
    ("pt", "controle de cura do H. pylori", "pt_nota_gastro_retorno", "teste respiratório c/ ureia-13C ≥ 4 sem após fim do tto"),
    ("pt", "usa AINE?", "pt_nota_gastro_retorno", "Uso de ibuprofeno 600 mg p/ cefaleia ~3x/sem"),
    ("pt", "reposição de ferro", "pt_nota_gastro_retorno", "Sulfato ferroso 40 mg de ferro elementar 1x/d em dias alternados"),
    ("pt", "conduta para a menstruação abundante", "pt_nota_gastro_retorno", "Encaminho GO p/ investigar menorragia (USG TV)"),
    ("pt", "teste da urease", "pt_laudo_endoscopia", "Teste rápido da urease em fragmento de antro: POSITIVO em 1 hora"),
    ("pt", "grau da esofagite", "pt_laudo_endoscopia", "Esofagite erosiva grau A de Los Angeles"),
    ("pt", "hérnia de hiato", "pt_laudo_endoscopia", "Não há hérnia hiatal"),
    ("pt", "qual sedação foi usada na endoscopia?", "pt_laudo_endoscopia", "sedação com propofol 100 mg EV e fentanil 50 mcg EV"),
    ("pt", "tem úlcera no estômago?", "pt_laudo_endoscopia", "Ausência de úlceras ou lesões elevadas"),
    ("pt", "H. pylori na biópsia", "pt_anatomopatologico_gastrico", "compatíveis com Helicobacter pylori (++/+++)"),
    ("pt", "metaplasia intestinal", "pt_anatomopatologico_gastrico", "Ausência de metaplasia intestinal e de displasia"),
    ("pt", "risco de câncer de estômago", "pt_anatomopatologico_gastrico", "estadiamento OLGA 0 / OLGIM 0 — baixo risco para câncer gástrico"),
    ("pt", "biópsia do corpo gástrico", "pt_anatomopatologico_gastrico", "gastrite crônica leve, inativa"),
    ("pt", "ferritina", "pt_exames_2023", "Ferritina ........ 8,0 ng/mL"),
    ("pt", "VCM", "pt_exames_2023", "VCM ........ 77,9 fL"),
    ("pt", "nível de vitamina D", "pt_exames_2023", "25-hidroxivitamina D ........ 22,4 ng/mL"),
    ("pt", "B12", "pt_exames_2023", "Vitamina B12 ........ 312 pg/mL"),
    ("pt", "saturação de transferrina", "pt_exames_2023", "Saturação da transferrina ........ 7 %"),
    ("pt", "sorologia para doença celíaca", "pt_exames_2023", "Anticorpo antitransglutaminase tecidual IgA ........ 1,2 U/mL"),
    ("pt", "tamanho do nódulo da tireoide", "pt_usg_tireoide", "Mede 1,4 x 1,1 x 0,9 cm"),
    ("pt", "TI-RADS", "pt_usg_tireoide", "Classificação ACR TI-RADS: TR3"),
    ("pt", "gânglios no pescoço", "pt_usg_tireoide", "Linfonodos cervicais dos níveis II a VI sem características suspeitas"),
    ("pt", "o ultrassom mostra tireoidite?", "pt_usg_tireoide", "Tireoidopatia crônica difusa, compatível com tireoidite de Hashimoto"),
    ("pt", "volume da tireoide", "pt_usg_tireoide", "Volume glandular total: 10,2 cm³"),
    ("pt", "BI-RADS", "pt_mamografia", "Categoria BI-RADS 2 — achados benignos"),
    ("pt", "densidade das mamas", "pt_mamografia", "mamas heterogeneamente densas (padrão C)"),
    ("pt", "precisa de ultrassom das mamas?", "pt_mamografia", "Considerar ultrassonografia mamária complementar"),
    ("pt", "calcificações na mamografia", "pt_mamografia", "Calcificações puntiformes esparsas, de aspecto benigno"),
    ("pt", "glicose 1 hora do TOTG", "pt_exames_prenatal_2025", "Glicose 1 h após sobrecarga — 188 mg/dL"),
    ("pt", "açúcar no sangue em jejum na gravidez", "pt_exames_prenatal_2025", "Glicose em jejum — 88 mg/dL"),
    ("pt", "TSH", "pt_exames_prenatal_2025", "TSH ultrassensível — 2,14 µUI/mL"),
    ("pt", "toxoplasmose", "pt_exames_prenatal_2025", "Toxoplasmose — IgG reagente; IgM não reagente"),
    ("pt", "tem infecção urinária?", "pt_exames_prenatal_2025", "Urocultura — sem crescimento bacteriano"),
    ("pt", "sífilis", "pt_exames_prenatal_2025", "Sífilis (teste treponêmico) — não reagente"),
    ("pt", "Coombs indireto", "pt_exames_prenatal_2025", "Coombs indireto (pesquisa de anticorpos irregulares) — negativo"),
    ("pt", "T4 livre", "pt_exames_prenatal_2025", "T4 livre — 1,05 ng/dL"),
    ("pt", "HIV", "pt_exames_prenatal_2025", "HIV 1 e 2 (4ª geração) — não reagente"),
    ("pt", "idade gestacional", "pt_consulta_prenatal", "IG hoje: 25 semanas e 4 dias"),
    ("pt", "batimentos do coração do bebê", "pt_consulta_prenatal", "BCF: 148 bpm, rítmicos"),
    ("pt", "quanto engordou na gravidez?", "pt_consulta_prenatal", "ganho total: 7,4 kg"),
    ("pt", "metas de glicemia no diabetes gestacional", "pt_consulta_prenatal", "Metas: jejum < 95 mg/dL e 1 h pós-prandial < 140 mg/dL"),
    ("pt", "quando começar insulina?", "pt_consulta_prenatal", "Iniciar insulina se mais de 30% das medidas fora da meta"),
    ("pt", "imunoglobulina anti-D", "pt_consulta_prenatal", "programada imunoglobulina anti-D 300 mcg IM com 28 semanas"),
    ("pt", "AAS", "pt_consulta_prenatal", "mantém AAS 100 mg à noite até 36 semanas"),
    ("pt", "comprimento do colo do útero", "pt_consulta_prenatal", "colo uterino com 38 mm"),
    ("pt", "remédio para azia na gravidez", "pt_consulta_prenatal", "pode usar antiácido (hidróxido de alumínio e magnésio)"),
    ("pt", "ultrassom morfológico", "pt_consulta_prenatal", "anatomia fetal sem alterações"),
    ("pt", "posição da placenta", "pt_consulta_prenatal", "placenta anterior, alta"),
    ("pt", "AU", "pt_consulta_prenatal", "Altura uterina: 25 cm"),
    ("pt", "PA na gestação", "pt_consulta_prenatal", "PA: 112/70 mmHg"),
    ("pt", "vacina de febre amarela", "pt_caderneta_vacinacao", "Febre amarela | dose única | 05/02/2018"),
    ("pt", "última vacina da gripe", "pt_caderneta_vacinacao", "Influenza (gestante) | anual | 28/04/2025"),
    ("pt", "VSR", "pt_caderneta_vacinacao", "Vacina contra VSR (vírus sincicial respiratório)"),
    ("pt", "último reforço da covid", "pt_caderneta_vacinacao", "COVID-19 (Pfizer bivalente) | reforço | 09/05/2023"),
    ("pt", "vacina contra sarampo", "pt_caderneta_vacinacao", "Tríplice viral (sarampo, caxumba, rubéola) | 2ª dose"),
    ("pt", "dose atual de levotiroxina", "pt_carta_endocrinologista", "dose de levotiroxina de 50 para 75 mcg/dia"),
    ("pt", "meta de TSH na gravidez", "pt_carta_endocrinologista", "TSH entre 0,1 e 2,5 µUI/mL no primeiro trimestre"),
    ("pt", "precisa de PAAF do nódulo?", "pt_carta_endocrinologista", "sem indicação de punção neste momento"),
    ("pt", "de quanto em quanto tempo pedir TSH na gestação?", "pt_carta_endocrinologista", "solicitar TSH e T4 livre a cada 4 semanas até a 20ª semana"),
    ("pt", "levotiroxina na amamentação", "pt_carta_endocrinologista", "A levotiroxina é compatível com a amamentação"),
    ("pt", "por que o TSH ficou alto em dezembro?", "pt_carta_endocrinologista", "vinha tomando o comprimido junto com o café da manhã"),
    # ---- Portuguese questions, English documents ----
    ("pt", "a manobra vagal funcionou?", "en_urgent_care_note", "modified Valsalva x1 → unsuccessful"),
    ("pt", "betabloqueador iniciado após a taquicardia", "en_ed_observation_discharge", "New: metoprolol succinate 12.5 mg by mouth once daily"),
    ("pt", "qual a fração de ejeção?", "en_echocardiogram", "LV ejection fraction (biplane Simpson): 63%"),
    ("pt", "hemoglobina glicada", "en_lab_results_2021", "Hemoglobin A1c: 5.3 %"),
    ("pt", "história familiar psiquiátrica", "en_psychiatry_evaluation", "Maternal aunt with bipolar disorder"),
    ("pt", "pontuação GAD-7 e PHQ-9", "en_psychiatry_evaluation", "PHQ-9: 16; GAD-7: 15"),
    ("pt", "quantas sessões de fisioterapia por semana?", "en_physical_therapy_evaluation", "Frequency/duration: 2 times per week for 8 weeks"),
    ("pt", "suplemento de vitamina D", "en_eprescriptions_2022", "Cholecalciferol (vitamin D3) 1,000 IU capsule"),
]
