"""Passage-search evaluation, development part: one fictional patient's record and clinicians' questions.

Written blind (without reading `nlp/`, `service/` or `graph/`). The patient, clinicians, institutions,
dates and values are invented. The record belongs to Roberto Almeida Nunes, followed at "Clínica Santa
Helena" (Campinas, Brazil), with documents in English from a hospital stay in Orlando (USA).

DOCUMENTS: name → (language "en"|"pt", document_type, text).
PAIRS: (language of the question, question, document name, answer), where `answer` is a substring that
occurs exactly once in that document's text; the passage holding it is the expected hit. Some questions
are asked in the other language than the document's (the document's language is in DOCUMENTS).
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------------
# Portuguese documents (Clínica Santa Helena and Hospital Vale do Atibaia)
# --------------------------------------------------------------------------------------------------

_PT_CONSULTA_INICIAL = """\
CLÍNICA SANTA HELENA — Clínica Médica
Paciente: Roberto Almeida Nunes    Idade: 57 anos    Prontuário: 0048213
Data da consulta: 12/02/2024
Médica: Dra. Fernanda Lacerda Rocha (CRM-SP 145872)

QUEIXA PRINCIPAL
Cansaço e dor em hipocôndrio direito após refeições gordurosas há cerca de 2 meses.

HISTÓRIA DA DOENÇA ATUAL
Paciente refere desconforto em peso no hipocôndrio direito, com início 30 a 60 minutos após almoços com \
fritura, duração de até 2 horas e alívio espontâneo. Nega febre, icterícia ou colúria. Relata também \
poliúria e sede aumentada nas últimas semanas. Não faz controle domiciliar de glicemia.

ANTECEDENTES
Diabetes mellitus tipo 2 diagnosticado em 2017. Hipertensão arterial sistêmica desde 2015. Dislipidemia.
Ex-tabagista (20 maços-ano, parou em 2012). Etilismo social: cerca de 4 latas de cerveja aos fins de semana.
Pai faleceu de infarto aos 62 anos. Mãe viva, 81 anos, com osteoporose.
Alergias: dipirona (urticária).

MEDICAÇÕES EM USO
Metformina 850 mg 2x/dia; Losartana 50 mg 1x/dia; Sinvastatina 20 mg à noite.

EXAME FÍSICO
Bom estado geral, corado, hidratado, acianótico, anictérico.
Peso 94 kg, altura 1,76 m, IMC 30,3 kg/m². Circunferência abdominal 108 cm.
PA 148/92 mmHg (sentado, braço esquerdo); FC 84 bpm.
Abdome globoso, flácido, doloroso à palpação profunda de hipocôndrio direito, Murphy negativo. Sem \
visceromegalias palpáveis.
Membros inferiores sem edema; pulsos pediosos presentes e simétricos.

HIPÓTESES DIAGNÓSTICAS
1. DM2 descompensado
2. HAS não controlada
3. Dor biliar a esclarecer — colelitíase?
4. Obesidade grau I

CONDUTA
Solicitados hemograma, glicemia de jejum, HbA1c, perfil lipídico, função renal, TGO/TGP, GGT, ácido úrico e \
urina tipo 1 com relação albumina/creatinina.
Solicitada ultrassonografia de abdome total.
Orientada dieta hipolipídica e caminhada de 30 minutos 5 vezes por semana.
Retorno em 4 semanas com os exames.
"""

_PT_EXAMES = """\
LABORATÓRIO VIDA DIAGNÓSTICOS — Unidade Cambuí, Campinas/SP
Paciente: ROBERTO ALMEIDA NUNES   Sexo: Masculino   Idade: 57 anos
Médica solicitante: Dra. Fernanda Lacerda Rocha
Data da coleta: 15/02/2024 07:42   Liberação: 16/02/2024

HEMOGRAMA
Hemácias: 4,92 milhões/mm³ (4,30 a 5,70)
Hemoglobina: 14,6 g/dL (13,5 a 17,5)
Hematócrito: 43,8 % (39,0 a 50,0)
Leucócitos: 7.850 /mm³ (3.500 a 10.500)
Plaquetas: 231.000 /mm³ (150.000 a 450.000)

BIOQUÍMICA
Glicose de jejum: 168 mg/dL (70 a 99) ↑
Hemoglobina glicada (HbA1c): 8,4 % (desejável < 5,7; diabetes ≥ 6,5)
Colesterol total: 226 mg/dL (desejável < 190)
HDL-colesterol: 38 mg/dL (> 40)
LDL-colesterol (Martin/Hopkins): 146 mg/dL (meta conforme risco cardiovascular)
Triglicerídeos: 231 mg/dL (< 150 em jejum)
Ureia: 34 mg/dL (15 a 45)
Creatinina: 1,08 mg/dL (0,70 a 1,20)
TFG estimada (CKD-EPI 2021): 78 mL/min/1,73 m²
Potássio: 4,3 mEq/L (3,5 a 5,1)
Ácido úrico: 7,6 mg/dL (3,4 a 7,0) ↑
TGO (AST): 48 U/L (até 40) ↑
TGP (ALT): 67 U/L (até 41) ↑
Gama-GT: 92 U/L (10 a 71) ↑
Fosfatase alcalina: 88 U/L (40 a 129)
Bilirrubina total: 0,8 mg/dL (até 1,2)

URINA
Urina tipo 1: glicose ++ (positivo), proteínas negativas, leucócitos 3 por campo, hemácias 1 por campo.
Relação albumina/creatinina em amostra isolada: 42 mg/g (normal < 30)

Responsável técnico: Dr. Caio Menezes Abreu — CRF-SP 48.211
"""

_PT_USG_ABDOME = """\
CENTRO DE DIAGNÓSTICO POR IMAGEM — CLÍNICA SANTA HELENA
Paciente: Roberto Almeida Nunes   Data do exame: 05/03/2024
Exame: ULTRASSONOGRAFIA DE ABDOME TOTAL
Indicação clínica: dor em hipocôndrio direito; alteração de enzimas hepáticas.

Técnica: exame realizado com transdutor convexo multifrequencial, paciente em jejum de 8 horas.

Relatório:
Fígado com dimensões aumentadas (lobo direito medindo 17,2 cm no eixo longitudinal), contornos regulares \
e bordas finas. Parênquima com ecogenicidade difusamente aumentada e atenuação posterior do feixe \
acústico, com visualização parcialmente prejudicada dos vasos portais e do diafragma. Não há lesões focais.
Vias biliares intra e extra-hepáticas sem dilatação; colédoco com 0,4 cm de calibre.
Vesícula biliar normodistendida, de paredes finas (0,2 cm), contendo múltiplos cálculos móveis com sombra \
acústica posterior, o maior medindo 1,4 cm. Sinal de Murphy ultrassonográfico negativo.
Pâncreas parcialmente avaliado devido à interposição gasosa; porções visualizadas sem alterações.
Baço homogêneo, com dimensões normais (10,8 cm).
Rins tópicos, com forma, dimensões e ecogenicidade normais (RD 10,9 cm; RE 11,2 cm). Diferenciação \
corticomedular preservada. Ausência de cálculos ou hidronefrose. Cisto cortical simples no polo superior \
do rim esquerdo, medindo 1,8 cm.
Aorta abdominal de calibre normal (2,1 cm).
Bexiga com boa repleção e paredes regulares.
Próstata com contornos regulares e volume estimado em 32 cm³.
Ausência de líquido livre na cavidade.

Impressão diagnóstica:
1. Hepatomegalia com esteatose hepática moderada (grau II).
2. Colelitíase, sem sinais ecográficos de colecistite aguda.
3. Cisto renal simples à esquerda (Bosniak I).

Dr. Paulo Henrique Seixas — Radiologista — CRM-SP 98.437
"""

_PT_RECEITA = """\
CLÍNICA SANTA HELENA
Av. Norte-Sul, 1.240 — Campinas/SP
RECEITUÁRIO

Paciente: Roberto Almeida Nunes
Data: 12/03/2024

USO ORAL

1) Metformina XR 500 mg ........................ 4 caixas (120 comprimidos)
Tomar 2 comprimidos no café da manhã e 2 comprimidos no jantar.

2) Empagliflozina 10 mg ........................ 1 caixa (30 comprimidos)
Tomar 1 comprimido pela manhã. Beber bastante água ao longo do dia.

3) Losartana potássica 100 mg .................. 1 caixa (30 comprimidos)
Tomar 1 comprimido pela manhã.

4) Anlodipino 5 mg ............................. 1 caixa (30 comprimidos)
Tomar 1 comprimido à noite.

5) Rosuvastatina 20 mg ......................... 1 caixa (30 comprimidos)
Tomar 1 comprimido à noite. Suspender a sinvastatina.

6) Butilbrometo de escopolamina 10 mg .......... 1 caixa (20 drágeas)
Tomar 1 drágea até de 8 em 8 horas se cólica abdominal.

Orientações: em caso de dor abdominal forte que não melhore em 6 horas, febre ou pele e olhos amarelados, \
procurar pronto-socorro.

Dra. Fernanda Lacerda Rocha
Clínica Médica — CRM-SP 145.872
"""

_PT_CONSULTA_RETORNO = """\
CLÍNICA SANTA HELENA — Clínica Médica
Consulta de retorno — 20/08/2024
Paciente: Roberto Almeida Nunes, 58 anos
Médica: Dra. Fernanda Lacerda Rocha

SUBJETIVO
Retorna após internação em Orlando (EUA) entre 08 e 12/06/2024 por pneumonia adquirida na comunidade em \
lobo inferior direito, tratada com antibiótico venoso e depois oral. Traz resumo de alta e exames em inglês.
Refere tosse seca residual, em melhora, sem febre desde a alta.
Relata 3 episódios de cólica biliar no último mês, o último com duração de 4 horas e vômitos, sem febre \
ou icterícia.
Glicemias capilares de jejum entre 112 e 138 mg/dL. Aderente às medicações. Perdeu 5 kg desde fevereiro.

OBJETIVO
Peso 89 kg. PA 132/84 mmHg, FC 76 bpm, SatO2 97% em ar ambiente.
Ausculta pulmonar: murmúrio vesicular presente bilateralmente, sem ruídos adventícios.
Abdome: dor leve à palpação de hipocôndrio direito, Murphy negativo.

AVALIAÇÃO
- Pneumonia clinicamente resolvida.
- Colelitíase sintomática com episódios recorrentes — indicada avaliação cirúrgica.
- DM2 em melhora após início de empagliflozina; HAS controlada.

PLANO
- Encaminhamento à cirurgia geral para colecistectomia.
- Solicitados ECG e exames pré-operatórios (risco cirúrgico).
- Aplicadas hoje vacina pneumocócica conjugada 20-valente e vacina influenza.
- Radiografia de tórax de controle em setembro.
- Retorno em 3 meses.
"""

_PT_ECG = """\
CLÍNICA SANTA HELENA — Serviço de Cardiologia
LAUDO DE ELETROCARDIOGRAMA DE REPOUSO (12 derivações)

Paciente: Roberto Almeida Nunes   Idade: 58 anos   Sexo: M
Data do exame: 27/08/2024
Indicação: avaliação de risco cirúrgico (colecistectomia eletiva)
Medicações: losartana, anlodipino, metformina, empagliflozina, rosuvastatina.

MEDIDAS
Ritmo: sinusal regular
Frequência cardíaca: 68 bpm
Eixo elétrico do QRS: +15°
Onda P: duração 100 ms, morfologia normal
Intervalo PR: 218 ms
Duração do QRS: 96 ms
Intervalo QT / QTc (Bazett): 392 / 416 ms
Segmento ST: sem desnivelamentos significativos
Onda T: positiva em D1, D2, aVF e V3 a V6; achatada em aVL
Índice de Sokolow-Lyon (SV1 + RV5): 37 mm

ANÁLISE
Ritmo sinusal com condução atrioventricular prolongada (PR acima de 200 ms), sem bloqueios de ramo. \
Critérios de voltagem para sobrecarga do ventrículo esquerdo, sem alterações secundárias da repolarização. \
Não há ondas Q patológicas nem sinais de isquemia aguda.

CONCLUSÃO
1. Bloqueio atrioventricular de 1º grau.
2. Sobrecarga ventricular esquerda (critério de Sokolow-Lyon).
3. Ausência de alterações isquêmicas.
Comparado ao traçado de junho/2024 (Orlando, EUA): frequência normalizada, sem a taquicardia sinusal \
observada na ocasião.

Dr. Marcelo Tavares Quintela — Cardiologista — CRM-SP 121.906
"""

_PT_ENCAMINHAMENTO = """\
CLÍNICA SANTA HELENA — Clínica Médica
ENCAMINHAMENTO / REFERÊNCIA

De: Dra. Fernanda Lacerda Rocha — Clínica Médica
Para: Serviço de Cirurgia Geral — Hospital Vale do Atibaia
Data: 20/08/2024

Prezado(a) colega,

Encaminho o Sr. Roberto Almeida Nunes, 58 anos, para avaliação de colecistectomia eletiva.

Trata-se de paciente com colelitíase sintomática diagnosticada por ultrassonografia em março de 2024, com \
cólicas biliares recorrentes nos últimos meses; o episódio mais recente, em 14/08/2024, durou cerca de \
4 horas e cursou com vômitos, sem febre, icterícia ou colúria. Não há, até o momento, evidência clínica ou \
laboratorial de colecistite, coledocolitíase ou pancreatite.

Comorbidades: diabetes mellitus tipo 2 com controle em melhora, hipertensão arterial controlada, obesidade \
grau I e esteatose hepática. Esteve internado em junho de 2024, nos Estados Unidos, por pneumonia \
comunitária, com recuperação completa.

Medicações em uso conforme receita anexa. Chamo atenção para o uso de inibidor de SGLT2: sugiro \
suspender empagliflozina 3 dias antes da cirurgia pelo risco de cetoacidose euglicêmica.

ECG e exames pré-operatórios já solicitados; serão enviados assim que disponíveis.

Solicito avaliação e conduta.

Atenciosamente,
Dra. Fernanda Lacerda Rocha — CRM-SP 145.872
"""

_PT_RESUMO_ALTA = """\
HOSPITAL VALE DO ATIBAIA — Serviço de Cirurgia Geral
RESUMO DE ALTA

Paciente: Roberto Almeida Nunes   Sexo: masculino   Data de nascimento: 14/03/1966
Internação: 03/10/2024   Alta: 04/10/2024
Cirurgião responsável: Dr. Tiago Bernardes Lima — CRM-SP 133.520

Diagnóstico principal: colelitíase sintomática (CID-10 K80.2)
Comorbidades: DM2, HAS, obesidade grau I, esteatose hepática.

Procedimento realizado: colecistectomia videolaparoscópica em 03/10/2024, sob anestesia geral, com \
duração de 65 minutos, sem intercorrências. Colangiografia intraoperatória não realizada.
Achados operatórios: vesícula com paredes espessadas e múltiplos cálculos; aderências de omento ao fundo \
vesicular. Peça enviada para exame anatomopatológico.

Evolução: boa evolução pós-operatória. Deambulou no mesmo dia e aceitou dieta leve na noite da cirurgia. \
Dor controlada com analgésicos simples. Glicemias capilares entre 140 e 190 mg/dL, corrigidas com insulina \
regular conforme escala. Manteve-se afebril.

Condições de alta: estável, afebril, ferida operatória limpa e seca, sem drenos.

Prescrição de alta:
- paracetamol 750 mg de 6/6 h se dor;
- tramadol 50 mg de 8/8 h se dor forte, por no máximo 5 dias;
- retomar metformina hoje e empagliflozina 48 horas após voltar a se alimentar normalmente;
- demais medicações de uso contínuo sem alterações.

Orientações: evitar esforço físico e carregar peso acima de 5 kg por 30 dias. Pode tomar banho \
normalmente, secando bem os curativos. Dieta com pouca gordura nas primeiras semanas.
Sinais de alerta: febre acima de 38 °C, vermelhidão ou secreção nos cortes, icterícia ou dor abdominal \
intensa — procurar o pronto-socorro.
Retorno: ambulatório de cirurgia em 14/10/2024 para revisão e resultado do anatomopatológico.
"""

# --------------------------------------------------------------------------------------------------
# English documents (Osprey Lake Regional Hospital, Orlando, June 2024)
# --------------------------------------------------------------------------------------------------

_EN_ED_NOTE = """\
OSPREY LAKE REGIONAL HOSPITAL — Emergency Department
ED PROVIDER NOTE

Patient: NUNES, Roberto Almeida   DOB: 03/14/1966   MRN: 77120459
Date of service: June 8, 2024, 21:40
Attending: Kevin D. Marsh, MD
Language: Portuguese interpreter (video) used for the entire encounter.

CHIEF COMPLAINT
Fever and cough for 4 days.

HISTORY OF PRESENT ILLNESS
58-year-old man from Brazil, visiting Orlando on a business trip since May 30, with type 2 diabetes and \
hypertension, presents with 4 days of productive cough with rust-colored sputum, fevers up to 39.2 °C \
measured at the hotel, right-sided pleuritic chest pain and shortness of breath when walking. He took \
acetaminophen with partial relief. No recent hospitalization or antibiotic use. No sick contacts.

REVIEW OF SYSTEMS
Negative for hemoptysis, leg swelling, abdominal pain, diarrhea and urinary symptoms.

PHYSICAL EXAM
Vitals: T 38.9 °C, HR 112, BP 118/70, RR 24, SpO2 89% on room air, improving to 94% on 2 L nasal cannula.
General: ill-appearing but speaking in full sentences.
Lungs: crackles and bronchial breath sounds over the right lower lung field, dullness to percussion at the \
right base. Left lung clear.
Heart: tachycardic, regular rhythm, no murmurs.
Abdomen: soft, non-tender.
Extremities: no edema, no calf tenderness.

ED COURSE
Chest X-ray reviewed, see radiology report. ECG: sinus tachycardia at 110 bpm, no acute ST-T changes. \
Lactate 2.4 mmol/L, repeat 1.3 after 30 mL/kg IV crystalloid. Blood cultures x2 drawn before antibiotics. \
Ceftriaxone 1 g IV and azithromycin 500 mg IV given at 22:15.

ASSESSMENT AND PLAN
Community-acquired pneumonia of the right lower lobe with sepsis and hypoxemia. CURB-65 score 1 (urea \
criterion only); admitted because of the new oxygen requirement.
- Admit to medicine
- Continue ceftriaxone and azithromycin
- Supplemental oxygen to keep SpO2 at or above 92%
- Hold metformin, empagliflozin and losartan; insulin correction scale
"""

_EN_CHEST_XRAY = """\
OSPREY LAKE REGIONAL HOSPITAL — Department of Radiology

EXAM: XR CHEST 2 VIEWS (PA AND LATERAL)
DATE: 06/08/2024 21:58
PATIENT: NUNES, Roberto Almeida   MRN: 77120459
CLINICAL INDICATION: Fever, productive cough, hypoxemia. Evaluate for pneumonia.
COMPARISON: None available.

FINDINGS:
Lungs: Dense airspace consolidation in the right lower lobe with air bronchograms, obscuring the posterior \
right hemidiaphragm on the lateral view. The left lung is clear. No pneumothorax.
Pleura: Small right pleural effusion blunting the costophrenic angle. No left effusion.
Heart and mediastinum: Cardiac silhouette at the upper limits of normal in size. Mediastinal contours are \
unremarkable. Calcification of the aortic knob.
Bones and soft tissues: Mild degenerative changes of the thoracic spine. No acute osseous abnormality.

IMPRESSION:
1. Right lower lobe pneumonia.
2. Small right parapneumonic effusion.
3. A follow-up radiograph 6-8 weeks after treatment is recommended to document resolution.

Electronically signed by: Priya Ramanathan, MD, Radiologist — 06/08/2024 22:31
"""

_EN_LABS = """\
OSPREY LAKE REGIONAL HOSPITAL — Clinical Laboratory
Patient: NUNES, ROBERTO A   MRN: 77120459   Sex: M   DOB: 03/14/1966
Ordering provider: Kevin D. Marsh, MD   Location: ED
Collected: 06/08/2024 22:05   Reported: 06/08/2024 23:10

COMPLETE BLOOD COUNT WITH DIFFERENTIAL
Test | Result | Flag | Units | Reference range
WBC | 16.8 | H | x10^3/uL | 4.0-10.5
Hemoglobin | 13.9 | | g/dL | 13.0-17.0
Hematocrit | 41.2 | | % | 39.0-50.0
Platelets | 198 | | x10^3/uL | 150-400
Neutrophils | 86 | H | % | 40-75
Bands | 9 | H | % | 0-5
Lymphocytes | 8 | L | % | 20-45

BASIC METABOLIC PANEL
Sodium | 133 | L | mmol/L | 136-145
Potassium | 4.1 | | mmol/L | 3.5-5.1
Chloride | 98 | | mmol/L | 98-107
CO2 | 21 | L | mmol/L | 22-29
BUN | 28 | H | mg/dL | 8-23
Creatinine | 1.41 | H | mg/dL | 0.70-1.30
Glucose | 246 | H | mg/dL | 70-99
Anion gap | 14 | | mmol/L | 7-16

INFLAMMATORY MARKERS
Procalcitonin | 3.8 | H | ng/mL | <0.50
C-reactive protein | 212 | H | mg/L | <5.0

MICROBIOLOGY
SARS-CoV-2 / Influenza A/B PCR (nasopharyngeal swab): not detected
Legionella pneumophila urinary antigen: negative
Streptococcus pneumoniae urinary antigen: POSITIVE
Sputum culture (final 06/10/2024): Streptococcus pneumoniae, penicillin-susceptible (MIC 0.03 mcg/mL)
Blood cultures x2 (final 06/13/2024): no growth at 5 days
"""

_EN_DISCHARGE_SUMMARY = """\
OSPREY LAKE REGIONAL HOSPITAL — Department of Medicine
DISCHARGE SUMMARY

Patient: Roberto Almeida Nunes   MRN: 77120459   DOB: 03/14/1966
Admission date: 06/08/2024   Discharge date: 06/12/2024   Length of stay: 4 days
Attending physician: Laura Whitfield-Orozco, MD (Hospital Medicine)
Primary care physician: Dr. Fernanda Lacerda Rocha, Clínica Santa Helena, Campinas, Brazil

PRINCIPAL DIAGNOSIS
Community-acquired pneumococcal pneumonia, right lower lobe

SECONDARY DIAGNOSES
Sepsis, present on admission, resolved
Prerenal acute kidney injury, resolved
Type 2 diabetes mellitus with hyperglycemia
Essential hypertension

HOSPITAL COURSE
Mr. Nunes was admitted from the emergency department with fever, hypoxemia and a right lower lobe \
consolidation. He was treated with IV ceftriaxone and azithromycin; pneumococcal etiology was confirmed by \
urinary antigen and sputum culture. Fever resolved on hospital day 2 and he was weaned to room air on \
hospital day 3. Ceftriaxone was changed to oral amoxicillin-clavulanate on hospital day 3 to complete \
7 days of beta-lactam therapy; azithromycin was stopped after 3 doses.
Kidney: the acute kidney injury was attributed to dehydration and sepsis; losartan was held and IV fluids \
were given, with creatinine improving to 1.02 mg/dL on the day of discharge.
Diabetes: oral agents were held during the stay and glucose was managed with glargine 14 units at bedtime \
plus lispro correction scale, with readings between 140 and 220 mg/dL.

CONDITION AT DISCHARGE
Stable, afebrile for more than 48 hours, ambulating independently, saturating well on room air.

DISCHARGE PLAN
- Complete oral antibiotics as prescribed (see discharge prescriptions).
- Resume metformin, empagliflozin and losartan at discharge; continue amlodipine and rosuvastatin.
- Cleared to fly home on June 15 if he remains afebrile and without shortness of breath.
- Follow up with his primary care physician in Brazil within 2 weeks of return.
- Repeat chest imaging after treatment to document resolution.
"""

_EN_PRESCRIPTION = """\
OSPREY LAKE REGIONAL HOSPITAL — Discharge Prescriptions
Patient: Roberto Almeida Nunes   DOB: 03/14/1966   Weight: 91 kg
Prescriber: Laura Whitfield-Orozco, MD
Date written: 06/12/2024
Pharmacy: Sunbelt Community Pharmacy #214, Orlando, FL

Rx 1. Amoxicillin-clavulanate 875 mg/125 mg tablet
Sig: Take 1 tablet by mouth every 12 hours with food for 3 days (completes 7 days of total antibiotic \
therapy).
Dispense: 6 tablets. Refills: 0.

Rx 2. Benzonatate 100 mg capsule
Sig: Take 1 capsule by mouth three times daily as needed for cough. Swallow whole; do not chew.
Dispense: 21 capsules. Refills: 0.

Rx 3. Acetaminophen 500 mg tablet (over the counter)
Sig: Take 1 to 2 tablets by mouth every 6 hours as needed for fever or pain. Do not exceed 3,000 mg per day.

Rx 4. Blood glucose meter test strips and lancets
Sig: Check fasting blood glucose once daily and record the values for your doctor in Brazil.
Dispense: 50 strips and 50 lancets. Refills: 0.

Home medications: continue as before; no changes other than those above.
Patient counseled with a Portuguese interpreter. Call your doctor if diarrhea lasts more than 3 days while \
on the antibiotic.
"""

_EN_LETTER = """\
OSPREY LAKE REGIONAL HOSPITAL
Hospital Medicine Service
June 12, 2024

Dr. Fernanda Lacerda Rocha
Clínica Santa Helena, Campinas, SP, Brazil

Re: Roberto Almeida Nunes, DOB 03/14/1966 — transfer of care after hospitalization

Dear Dr. Lacerda Rocha,

Your patient Mr. Nunes was admitted to our hospital from June 8 to June 12, 2024 with pneumococcal \
pneumonia of the right lower lobe while on a business trip to Orlando. I am writing to hand over his care \
and to highlight a few points that came up during his stay; the discharge summary, laboratory results and \
radiology report are enclosed, and his images are on the accompanying CD.

He responded well to treatment and is going home on oral antibiotics. During his first two nights, the \
nursing staff noted loud snoring with witnessed pauses in breathing and repeated oxygen desaturations to \
84% while asleep; his wife confirms years of snoring and daytime sleepiness. His STOP-BANG score was 6. We \
did not perform a sleep study here, but I would recommend a polysomnography once he has recovered, given \
his hypertension and obesity.

He also mentioned episodes of right upper quadrant pain after meals over the past months, and told us that \
gallstones were already found on an ultrasound in Brazil. He had no such episode while in hospital.

His blood pressure ran low-normal while he was septic, so his antihypertensives were paused and have been \
restarted at discharge. Please recheck his potassium and creatinine within 1 to 2 weeks of his return.

Finally, he was very keen to know whether he can return to work; we advised a gradual return, starting \
with half days, around two weeks after discharge.

Please do not hesitate to contact me at the number above.

Sincerely,
Laura Whitfield-Orozco, MD
Hospital Medicine
"""

DOCUMENTS: dict[str, tuple[str, str, str]] = {
    "pt_consulta_inicial": ("pt", "clinical_note", _PT_CONSULTA_INICIAL),
    "pt_exames_laboratoriais": ("pt", "lab_report", _PT_EXAMES),
    "pt_usg_abdome_total": ("pt", "imaging_report", _PT_USG_ABDOME),
    "pt_receita": ("pt", "prescription", _PT_RECEITA),
    "pt_consulta_retorno": ("pt", "clinical_note", _PT_CONSULTA_RETORNO),
    "pt_ecg": ("pt", "other", _PT_ECG),
    "pt_encaminhamento_cirurgia": ("pt", "referral", _PT_ENCAMINHAMENTO),
    "pt_resumo_alta_colecistectomia": ("pt", "discharge_summary", _PT_RESUMO_ALTA),
    "en_ed_note": ("en", "clinical_note", _EN_ED_NOTE),
    "en_chest_xray": ("en", "imaging_report", _EN_CHEST_XRAY),
    "en_lab_report": ("en", "lab_report", _EN_LABS),
    "en_discharge_summary": ("en", "discharge_summary", _EN_DISCHARGE_SUMMARY),
    "en_discharge_prescription": ("en", "prescription", _EN_PRESCRIPTION),
    "en_transfer_letter": ("en", "referral", _EN_LETTER),
}

PAIRS: list[tuple[str, str, str, str]] = [
    # ---- Portuguese questions, Portuguese documents ----
    ("pt", "história familiar de infarto", "pt_consulta_inicial", "Pai faleceu de infarto aos 62 anos"),
    ("pt", "alergia a medicamentos", "pt_consulta_inicial", "Alergias: dipirona (urticária)"),
    ("pt", "circunferência abdominal", "pt_consulta_inicial", "Circunferência abdominal 108 cm"),
    ("pt", "quanto ele bebe de álcool?", "pt_consulta_inicial", "cerca de 4 latas de cerveja aos fins de semana"),
    ("pt", "IMC", "pt_consulta_inicial", "Peso 94 kg, altura 1,76 m, IMC 30,3 kg/m²"),
    ("pt", "ele fuma?", "pt_consulta_inicial", "Ex-tabagista (20 maços-ano, parou em 2012)"),
    ("pt", "última HbA1c", "pt_exames_laboratoriais", "Hemoglobina glicada (HbA1c): 8,4 %"),
    ("pt", "açúcar no sangue em jejum (exame de laboratório)", "pt_exames_laboratoriais", "Glicose de jejum: 168 mg/dL"),
    ("pt", "colesterol ruim", "pt_exames_laboratoriais", "LDL-colesterol (Martin/Hopkins): 146 mg/dL"),
    ("pt", "ácido úrico", "pt_exames_laboratoriais", "Ácido úrico: 7,6 mg/dL (3,4 a 7,0)"),
    ("pt", "TFG", "pt_exames_laboratoriais", "TFG estimada (CKD-EPI 2021): 78 mL/min/1,73 m²"),
    ("pt", "tem perda de proteína na urina?", "pt_exames_laboratoriais", "Relação albumina/creatinina em amostra isolada: 42 mg/g"),
    ("pt", "ultrassom do fígado", "pt_usg_abdome_total", "Hepatomegalia com esteatose hepática moderada (grau II)"),
    ("pt", "tamanho da maior pedra na vesícula", "pt_usg_abdome_total", "o maior medindo 1,4 cm"),
    ("pt", "próstata aumentada?", "pt_usg_abdome_total", "Próstata com contornos regulares e volume estimado em 32 cm³"),
    ("pt", "baço", "pt_usg_abdome_total", "Baço homogêneo, com dimensões normais (10,8 cm)"),
    ("pt", "calibre do colédoco", "pt_usg_abdome_total", "colédoco com 0,4 cm de calibre"),
    ("pt", "dose da empagliflozina", "pt_receita", "Empagliflozina 10 mg"),
    ("pt", "remédio para cólica", "pt_receita", "Butilbrometo de escopolamina 10 mg"),
    ("pt", "como tomar a metformina?", "pt_receita", "Tomar 2 comprimidos no café da manhã e 2 comprimidos no jantar"),
    ("pt", "quanto ele emagreceu?", "pt_consulta_retorno", "Perdeu 5 kg desde fevereiro"),
    ("pt", "glicemia capilar em casa", "pt_consulta_retorno", "Glicemias capilares de jejum entre 112 e 138 mg/dL"),
    ("pt", "quantas crises de cólica biliar no último mês?", "pt_consulta_retorno", "3 episódios de cólica biliar no último mês"),
    ("pt", "como está a tosse depois da pneumonia?", "pt_consulta_retorno", "tosse seca residual, em melhora"),
    ("pt", "intervalo PR", "pt_ecg", "Intervalo PR: 218 ms"),
    ("pt", "QTc", "pt_ecg", "Intervalo QT / QTc (Bazett): 392 / 416 ms"),
    ("pt", "hipertrofia do ventrículo esquerdo no eletro", "pt_ecg", "Sobrecarga ventricular esquerda (critério de Sokolow-Lyon)"),
    ("pt", "frequência cardíaca no ECG pré-operatório", "pt_ecg", "Frequência cardíaca: 68 bpm"),
    ("pt", "quando suspender a empagliflozina antes da cirurgia?", "pt_encaminhamento_cirurgia", "suspender empagliflozina 3 dias antes da cirurgia"),
    ("pt", "qual cirurgia foi feita?", "pt_resumo_alta_colecistectomia", "colecistectomia videolaparoscópica em 03/10/2024"),
    ("pt", "quando pode voltar a carregar peso?", "pt_resumo_alta_colecistectomia", "evitar esforço físico e carregar peso acima de 5 kg por 30 dias"),
    ("pt", "achados operatórios", "pt_resumo_alta_colecistectomia", "vesícula com paredes espessadas e múltiplos cálculos"),
    ("pt", "quando retomar a empagliflozina?", "pt_resumo_alta_colecistectomia", "empagliflozina 48 horas após voltar a se alimentar normalmente"),
    ("pt", "retorno com o cirurgião", "pt_resumo_alta_colecistectomia", "ambulatório de cirurgia em 14/10/2024"),
    ("pt", "quanto tempo durou a cirurgia?", "pt_resumo_alta_colecistectomia", "com duração de 65 minutos"),
    # ---- Portuguese questions, English documents ----
    ("pt", "estertores no pulmão na admissão em Orlando", "en_ed_note", "crackles and bronchial breath sounds over the right lower lung field"),
    ("pt", "tamanho do coração no raio-x de tórax", "en_chest_xray", "Cardiac silhouette at the upper limits of normal in size"),
    ("pt", "PCR (proteína C reativa)", "en_lab_report", "C-reactive protein | 212 | H | mg/L"),
    ("pt", "quando passou para antibiótico oral?", "en_discharge_summary", "changed to oral amoxicillin-clavulanate on hospital day 3"),
    ("pt", "exame para apneia do sono recomendado", "en_transfer_letter", "I would recommend a polysomnography once he has recovered"),
    # ---- English questions, English documents ----
    ("en", "oxygen saturation on arrival", "en_ed_note", "SpO2 89% on room air"),
    ("en", "what antibiotics were given in the emergency department?", "en_ed_note", "Ceftriaxone 1 g IV and azithromycin 500 mg IV given at 22:15"),
    ("en", "lactate", "en_ed_note", "Lactate 2.4 mmol/L, repeat 1.3 after 30 mL/kg IV crystalloid"),
    ("en", "ECG in the ER", "en_ed_note", "ECG: sinus tachycardia at 110 bpm, no acute ST-T changes"),
    ("en", "CURB-65", "en_ed_note", "CURB-65 score 1 (urea criterion only)"),
    ("en", "why was he in Orlando?", "en_ed_note", "visiting Orlando on a business trip since May 30"),
    ("en", "what did the sputum look like?", "en_ed_note", "productive cough with rust-colored sputum"),
    ("en", "what did the chest x-ray show?", "en_chest_xray", "Right lower lobe pneumonia"),
    ("en", "fluid around the lung", "en_chest_xray", "Small right pleural effusion blunting the costophrenic angle"),
    ("en", "spine on the chest film", "en_chest_xray", "Mild degenerative changes of the thoracic spine"),
    ("en", "aortic calcification", "en_chest_xray", "Calcification of the aortic knob"),
    ("en", "white blood cell count", "en_lab_report", "WBC | 16.8 | H | x10^3/uL"),
    ("en", "sodium", "en_lab_report", "Sodium | 133 | L | mmol/L"),
    ("en", "what bug grew in the sputum?", "en_lab_report", "Streptococcus pneumoniae, penicillin-susceptible"),
    ("en", "COVID test", "en_lab_report", "SARS-CoV-2 / Influenza A/B PCR (nasopharyngeal swab): not detected"),
    ("en", "procalcitonin", "en_lab_report", "Procalcitonin | 3.8 | H | ng/mL"),
    ("en", "blood culture results", "en_lab_report", "Blood cultures x2 (final 06/13/2024): no growth at 5 days"),
    ("en", "kidney function on admission", "en_lab_report", "Creatinine | 1.41 | H | mg/dL"),
    ("en", "blood sugar on admission", "en_lab_report", "Glucose | 246 | H | mg/dL"),
    ("en", "length of stay", "en_discharge_summary", "Length of stay: 4 days"),
    ("en", "insulin in hospital", "en_discharge_summary", "glargine 14 units at bedtime plus lispro correction scale"),
    ("en", "can he fly home?", "en_discharge_summary", "Cleared to fly home on June 15"),
    ("en", "creatinine at discharge", "en_discharge_summary", "creatinine improving to 1.02 mg/dL on the day of discharge"),
    ("en", "when did the fever go away?", "en_discharge_summary", "Fever resolved on hospital day 2"),
    ("en", "cause of the AKI", "en_discharge_summary", "attributed to dehydration and sepsis"),
    ("en", "cough medicine", "en_discharge_prescription", "Benzonatate 100 mg capsule"),
    ("en", "how many more days of Augmentin?", "en_discharge_prescription", "every 12 hours with food for 3 days"),
    ("en", "Tylenol max dose", "en_discharge_prescription", "Do not exceed 3,000 mg per day"),
    ("en", "glucose test strips", "en_discharge_prescription", "Blood glucose meter test strips and lancets"),
    ("en", "sleep apnea risk", "en_transfer_letter", "His STOP-BANG score was 6"),
    ("en", "when can he go back to work?", "en_transfer_letter", "starting with half days, around two weeks after discharge"),
    ("en", "labs to recheck after he gets home", "en_transfer_letter", "recheck his potassium and creatinine within 1 to 2 weeks"),
    # ---- English questions, Portuguese documents ----
    ("en", "liver enzymes", "pt_exames_laboratoriais", "TGP (ALT): 67 U/L (até 41)"),
    ("en", "size of the kidney cyst", "pt_usg_abdome_total", "Cisto cortical simples no polo superior do rim esquerdo, medindo 1,8 cm"),
    ("en", "which statin is he on now?", "pt_receita", "Rosuvastatina 20 mg"),
    ("en", "did he get the pneumococcal vaccine?", "pt_consulta_retorno", "vacina pneumocócica conjugada 20-valente"),
    ("en", "heart block", "pt_ecg", "Bloqueio atrioventricular de 1º grau"),
    ("en", "painkillers after gallbladder surgery", "pt_resumo_alta_colecistectomia", "paracetamol 750 mg de 6/6 h se dor"),
]
