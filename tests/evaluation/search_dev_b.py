"""Passage-search evaluation, DEVELOPMENT part B (the developers may look at its failures and learn from them).

Written blind on 2026-11-27 without reading nlp/, service/, graph/ or the other search parts: neither the
documents nor the questions were written with knowledge of how the search works. Every patient, clinician,
institution, date and value here is invented.

The record: Luciana Ferraz Monteiro, born 1977, a schoolteacher from Recife (Brazil), followed since 2015 for
systemic lupus erythematosus with lupus nephritis (class III on a 2016 biopsy), secondary hypertension,
Hashimoto hypothyroidism and migraine without aura. Portuguese documents from Recife before her sabbatical
(rheumatology follow-up and block-layout labs of March 2023, a nephrology note, a kidney ultrasound, a
twelve-month prescription for travel) and after it (rheumatology follow-up, labs and prescription of
September 2024, a preconception counselling note, a dental clearance letter, a bone density scan, a
physiotherapy note). English documents from the sabbatical year in Toronto: a walk-in clinic note for ankle
swelling and foamy urine, two lab reports (October 2023 flare, March 2024 follow-up), a rheumatology consult
and follow-up, a repeat renal biopsy (class III (A/C) + V), an ER visit for status migrainosus, a pharmacy
medication profile, a hydroxychloroquine retinal screening and the rheumatologist's letter home. The same
labs, drugs at different doses and vitals recur across notes, as in a real record.

DOCUMENTS: name → (language "en"|"pt", document_type, text).
PAIRS: (language of the question, question, document name, answer), where `answer` is a substring that
occurs exactly once in that document's text; the passage holding it is the expected hit.
"""

from __future__ import annotations

PT_REUMATO_2023_03 = """CLÍNICA REUMA BOA VISTA — Recife/PE
Evolução ambulatorial — Reumatologia
Paciente: Luciana Ferraz Monteiro   DN: 14/03/1977   Prontuário: 48213
Data: 21/03/2023
Médica: Dra. Patrícia Lemos Bezerra — CRM-PE 18452

S: Retorno semestral. LES diagnosticado em 2015 (artrite, rash malar, FAN 1:640 homogêneo, anti-DNA +).
Nefrite lúpica classe III (biópsia 2016), indução com ciclofosfamida (Euro-Lupus), manutenção com
micofenolato. Refere cansaço leve ao fim do dia. Nega artralgia, febre, lesões de pele, úlceras orais.
Enxaqueca sem aura 2–3x/mês, melhor desde que iniciou amitriptilina.
Vai passar ano sabático em Toronto (Canadá) a partir de setembro.

O: BEG, corada, hidratada, eupneica. PA 128/82 mmHg, FC 76 bpm, peso 64 kg.
Sem edema de MMII. Sem sinovite. AR e ACV sem alterações.
Exames (14/03/2023): creatinina 1,1; proteinúria 24h 0,62 g; C3 88; anti-DNA 1:40.

A: LES com nefrite lúpica em remissão parcial, SLEDAI-2K 4 (proteinúria).
Hipotireoidismo compensado. Enxaqueca controlada.

P:
- Manter hidroxicloroquina 400 mg/dia
- Manter micofenolato de mofetila 1 g 12/12h
- Prednisona 5 mg/dia
- Losartana 50 mg/dia; levotiroxina 75 mcg em jejum
- Amitriptilina 25 mg à noite
- Solicito USG de rins e vias urinárias; avaliação com nefrologista antes da viagem
- Rastreio oftalmológico da HCQ feito em 2022 (normal)
Retorno antes da viagem com exames.
"""

PT_LABS_2023_03 = """LABORATÓRIO DIAGNÓSTICA PERNAMBUCO — Unidade Graças
Paciente: LUCIANA FERRAZ MONTEIRO      Idade: 46 anos   Sexo: F
Médico solicitante: Dra. Patrícia L. Bezerra
Data da coleta: 14/03/2023             Liberado em: 16/03/2023

HEMOGRAMA COMPLETO
Hemácias ............: 4,21 milhões/mm³   (VR: 3,90 a 5,03)
Hemoglobina .........: 12,4 g/dL           (VR: 12,0 a 15,5)
Hematócrito .........: 37,2 %              (VR: 35,0 a 45,0)
Leucócitos ..........: 4.800 /mm³          (VR: 3.500 a 10.500)
Linfócitos ..........: 1.150 /mm³          (VR: 900 a 2.900)
Plaquetas ...........: 198.000 /mm³        (VR: 150.000 a 450.000)

GLICOSE EM JEJUM
Resultado ...........: 91 mg/dL            (VR: 70 a 99)

CREATININA
Resultado ...........: 1,1 mg/dL           (VR: 0,5 a 1,0)
TFG estimada (CKD-EPI 2021): 63 mL/min/1,73m²

UREIA
Resultado ...........: 41 mg/dL            (VR: 15 a 40)

POTÁSSIO
Resultado ...........: 4,6 mEq/L           (VR: 3,5 a 5,1)

COMPLEMENTO C3
Resultado ...........: 88 mg/dL            (VR: 90 a 180)

COMPLEMENTO C4
Resultado ...........: 14 mg/dL            (VR: 10 a 40)

ANTI-DNA NATIVO (IFI - Crithidia luciliae)
Resultado ...........: Reagente, título 1:40

PROTEINÚRIA DE 24 HORAS
Volume urinário .....: 1.850 mL
Resultado ...........: 0,62 g/24h          (VR: inferior a 0,15)

TSH
Resultado ...........: 2,8 µUI/mL          (VR: 0,45 a 4,5)

T4 LIVRE
Resultado ...........: 1,12 ng/dL          (VR: 0,7 a 1,8)
"""

PT_NEFRO_2023_06 = """NEFROCLÍNICA DERBY — Consulta de Nefrologia
Paciente: Luciana Ferraz Monteiro, 46 a, professora
Data: 12/06/2023
Encaminhada por: Dra. Patrícia Lemos Bezerra (Reumatologia)
Nefrologista: Dr. Henrique Tavares Sampaio — CRM-PE 15337

HDA: Nefrite lúpica classe III diagnosticada em 2016, remissão parcial desde 2018. Proteinúria residual em
torno de 0,5–0,7 g/24h. Nega edema, urina espumosa ou hematúria macroscópica. Noctúria 1x.
Comorbidades: LES, hipotireoidismo (Hashimoto), enxaqueca. HAS secundária desde 2016.
Medicações em uso: conforme receita da reumatologia; losartana 50 mg/dia.

EF: BEG, PA 134/86 mmHg (média de 2 medidas), FC 72 bpm, peso 64,5 kg, IMC 24,6. Sem edema.
Exames recentes: creatinina 1,1 mg/dL (TFGe 63), K 4,6, proteinúria 0,62 g/24h, EAS com 8 hemácias/campo.

Impressão: DRC estágio G2-G3a A2 secundária a nefrite lúpica, em remissão parcial. PA acima da meta.

Conduta:
1. Aumentar losartana para 100 mg/dia (nefroproteção e controle pressórico)
2. Meta PA < 130/80 mmHg; MAPA se dúvida
3. Dieta hipossódica (< 2 g de sódio/dia); evitar AINEs
4. Potássio e creatinina 2 semanas após o ajuste
5. Orientada a procurar nefrologista no Canadá se edema, urina espumosa ou PA > 140/90
6. USG renal já solicitada — trazer resultado
Retorno: após o ano sabático, ou antes se necessário.
"""

PT_USG_RENAL_2023_07 = """CENTRO DE IMAGEM BOA VIAGEM
ULTRASSONOGRAFIA DE RINS E VIAS URINÁRIAS
Paciente: Luciana Ferraz Monteiro          Data do exame: 04/07/2023
Solicitante: Dr. Henrique Tavares Sampaio
Técnica: exame realizado com transdutor convexo multifrequencial.

RELATÓRIO
Rim direito tópico, com forma e contornos normais, medindo 10,8 x 4,9 cm, espessura do parênquima de 1,5 cm.
Rim esquerdo tópico, com contornos regulares, medindo 11,2 x 5,1 cm, espessura do parênquima de 1,6 cm.
Ecogenicidade cortical discretamente aumentada bilateralmente, com relação córtico-medular preservada.
Ausência de dilatação pielocalicial ou de imagens sugestivas de cálculos.
Cisto cortical simples no terço superior do rim esquerdo, com 1,2 cm, paredes finas, sem septos.
Bexiga com boa repleção, paredes finas, conteúdo anecoico. Volume pré-miccional: 310 mL.
Resíduo pós-miccional desprezível.

IMPRESSÃO
- Rins de dimensões normais, com discreto aumento da ecogenicidade cortical (nefropatia parenquimatosa leve?).
- Cisto renal simples à esquerda (Bosniak I).
- Sem hidronefrose ou litíase.

Dr. Rodrigo Amaral Freitas — CRM-PE 20981 — Médico Radiologista
"""

PT_RECEITA_2023_08 = """CLÍNICA REUMA BOA VISTA
RECEITUÁRIO — USO CONTÍNUO
Paciente: Luciana Ferraz Monteiro
Data: 18/08/2023

Uso oral:
1. Hidroxicloroquina 400 mg ——— 1 comprimido ao dia, após o almoço. (360 cp)
2. Micofenolato de mofetila 500 mg ——— 2 comprimidos de 12/12 horas. (1.440 cp)
3. Prednisona 5 mg ——— 1 comprimido pela manhã. (360 cp)
4. Losartana potássica 100 mg ——— 1 comprimido ao dia. (360 cp)
5. Levotiroxina sódica 75 mcg ——— 1 comprimido em jejum, 30 min antes do café. (360 cp)
6. Carbonato de cálcio 500 mg + colecalciferol 1.000 UI ——— 1 comprimido no almoço. (360 cp)
7. Naratriptana 2,5 mg ——— 1 comprimido na crise de enxaqueca; repetir após 4 h se necessário;
   máximo 2 comprimidos/dia. (24 cp)
Amitriptilina 25 mg em receituário de controle especial (à parte).

Quantidade para 12 meses — paciente em viagem ao exterior (ano sabático, Canadá).
Declaro, para fins de alfândega, que os medicamentos acima são de uso pessoal e contínuo.

Dra. Patrícia Lemos Bezerra — CRM-PE 18452 — Reumatologista
"""

EN_WALKIN_2023_10 = """COLLEGE STREET WALK-IN CLINIC — 412 College St, Toronto ON
VISIT NOTE
Patient: Luciana FERRAZ MONTEIRO   DOB: 1977-03-14   Coverage: Visiting Scholar Health Plan (private)
Date of visit: 2023-10-23   Provider: Dr. Aaron Whitfield, MD CCFP

CC: ankle swelling x 10 days, "foamy urine"
HPI: 46F from Recife, Brazil, on sabbatical at U of T since Sept. Known SLE w/ lupus nephritis (class III,
2016), hypothyroidism, migraine. C/o bilateral ankle swelling worse in evening, foamy urine, fatigue, mild
diffuse arthralgias of hands. Denies fever, chest pain, SOB, rash, oral ulcers. Adherent to meds brought
from Brazil (HCQ, MMF, pred 5, losartan, levothyroxine).
PMH: SLE dx 2015; LN class III; HTN; Hashimoto; migraine w/o aura
Allergies: sulfa (rash)
Vitals: BP 146/92, HR 84, T 36.8, RR 14, SpO2 99% RA, Wt 66.2 kg
Exam: Alert, well appearing. 1+ pitting edema to mid-shin bilat. No malar rash. No synovitis.
Chest clear. HS normal.
Urine dip (POC): protein 3+, blood 1+, leuk neg, nitrite neg

Assessment: likely lupus nephritis flare; r/o other causes of nephrotic-range proteinuria.
HTN above target.
Plan:
- Stat labs: CBC, lytes, creatinine, albumin, urinalysis w/ microscopy, UPCR, C3/C4, anti-dsDNA
- Urgent referral to rheumatology (Harbourfront Rheumatology Associates), faxed today
- Continue current meds; do not stop MMF
- Low-salt diet, leg elevation
- Return/ER if SOB, decreased urine output, severe headache or chest pain
- Travel insurance claim form completed
"""

EN_LABS_2023_10 = """LIFEPATH MEDICAL LABORATORIES — Toronto, ON
FINAL REPORT
Patient: FERRAZ MONTEIRO, LUCIANA   Sex: F   DOB: 1977-03-14
Ordering: Dr. A. Whitfield   cc: Dr. P. Raman
Collected: 2023-10-24 08:12   Reported: 2023-10-25 16:40

TEST                         RESULT  FLAG  REF. RANGE    UNITS
HEMATOLOGY
Hemoglobin                   118           115-155       g/L
WBC                          3.6     L     4.0-11.0      x10^9/L
Lymphocytes                  0.8     L     1.0-3.3       x10^9/L
Platelets                    172           150-400       x10^9/L
CHEMISTRY
Sodium                       139           135-145       mmol/L
Potassium                    4.9           3.5-5.0       mmol/L
Creatinine                   124     H     50-100        umol/L
eGFR (CKD-EPI 2021)          47            >60           mL/min/1.73m2
Urea                         9.8     H     2.5-8.0       mmol/L
Albumin                      29      L     35-50         g/L
Total cholesterol            6.8     H     <5.2          mmol/L
TSH                          3.9           0.32-4.00     mU/L
IMMUNOLOGY
C3                           0.58    L     0.90-1.80     g/L
C4                           0.07    L     0.10-0.40     g/L
Anti-dsDNA (CLIA)            186     H     <27           IU/mL
URINE
Protein/creatinine ratio     312     H     <15           mg/mmol
Urinalysis microscopy: RBC 20-50/HPF, dysmorphic RBCs present; RBC casts occasional; WBC 0-5/HPF
"""

EN_RHEUM_CONSULT_2023_11 = """HARBOURFRONT RHEUMATOLOGY ASSOCIATES
RHEUMATOLOGY CONSULTATION
Patient: Luciana Ferraz Monteiro   DOB: 1977-03-14   Date: 2023-11-02
Referring MD: Dr. Aaron Whitfield (College Street Walk-In Clinic)
Consultant: Dr. Priya Raman, MD FRCPC

Reason for referral: ?lupus nephritis flare
History: 46 y/o Brazilian schoolteacher on sabbatical in Toronto. SLE since 2015 (arthritis, malar rash,
ANA 1:640, anti-dsDNA+, low complement). Class III LN on 2016 biopsy, Euro-Lupus CYC induction then MMF
maintenance, partial remission (proteinuria ~0.6 g/d in March 2023). Since mid-Oct: ankle edema, foamy
urine, fatigue, hand arthralgia. Also hypothyroidism and migraine without aura.
Meds: HCQ 400 mg daily, MMF 1 g BID, prednisone 5 mg daily, losartan 100 mg daily, levothyroxine 75 mcg,
amitriptyline 25 mg qhs, naratriptan PRN, Ca/Vit D.
Allergy: sulfonamides (rash).
Exam: BP 142/90, HR 80, Wt 66.8 kg. 1+ bilateral leg edema. Tender MCPs 2-3 bilat without synovitis.
No rash, no alopecia, no oral ulcers.
Labs 2023-10-24: Cr 124 umol/L (baseline ~97), UPCR 312 mg/mmol, albumin 29, C3 0.58, C4 0.07,
anti-dsDNA 186, active sediment with RBC casts.
SLEDAI-2K: 16 (casts, hematuria, proteinuria, low complement, anti-dsDNA)

Impression: Renal flare of SLE, likely proliferative LN +/- membranous component. Ddx: MMF
non-adherence (unlikely, pill counts OK), thrombotic microangiopathy (platelets normal, no schistocytes).

Plan:
1. Repeat renal biopsy - booked with nephrology (Dr. K. Osei) at Lakeview General
2. Prednisone increased to 40 mg daily x 2 wk, then taper by 5 mg q2wk
3. Increase MMF to 1.5 g BID (3 g/day) as tolerated
4. Continue HCQ; retinal screening due - referral to Annex Eye Centre
5. Consider add-on belimumab after biopsy
6. PJP prophylaxis (sulfa allergy): atovaquone 1500 mg daily while pred >= 20 mg
7. Repeat CBC, creatinine, UPCR in 2 weeks
Follow-up after biopsy.
"""

EN_BIOPSY_2023_11 = """LAKEVIEW GENERAL HOSPITAL — Department of Laboratory Medicine & Pathology
SURGICAL PATHOLOGY REPORT — RENAL BIOPSY
Patient: FERRAZ MONTEIRO, Luciana   MRN: LGH-7731905   DOB: 1977-03-14
Accession: S23-48817   Procedure date: 2023-11-16   Reported: 2023-11-22
Clinicians: Dr. P. Raman / Dr. K. Osei (Nephrology)
Specimen: Left kidney, percutaneous US-guided core biopsy (2 cores, 16G)
Clinical history: SLE, class III LN 2016, now nephrotic-range proteinuria and active sediment.

LIGHT MICROSCOPY: 24 glomeruli sampled, 2 globally sclerosed. 9 of 22 viable glomeruli show segmental
endocapillary hypercellularity with neutrophils and karyorrhexis; 2 cellular crescents and 1 fibrocellular
crescent. Subepithelial "spikes" on silver stain in many capillary loops. Interstitial fibrosis and
tubular atrophy ~15% of cortex. Mild interstitial inflammation. Arteries: mild intimal fibrosis.
No thrombotic microangiopathy.
IMMUNOFLUORESCENCE: 7 glomeruli. "Full-house" pattern: IgG 3+, IgA 1+, IgM 2+, C3 3+, C1q 2+, granular
mesangial and capillary wall.
ELECTRON MICROSCOPY: Subendothelial and subepithelial electron-dense deposits; tubuloreticular inclusions
in endothelial cells. Foot process effacement ~60%.

DIAGNOSIS:
Lupus nephritis, ISN/RPS class III (A/C) + class V.
NIH Activity index: 7/24
NIH Chronicity index: 3/12

Comment: Compared with the 2016 biopsy (class III per outside report), there is now a superimposed
membranous component. Findings support active proliferative LN with mild chronic changes.
Pathologist: Dr. Miriam Okafor, MD FRCPC
"""

EN_ER_2024_02 = """LAKEVIEW GENERAL HOSPITAL — EMERGENCY DEPARTMENT
ED PHYSICIAN RECORD
Patient: Luciana Ferraz Monteiro   MRN: LGH-7731905   Age/Sex: 46 F
Arrival: 2024-02-11 21:47   Triage: CTAS 3   Attending: Dr. Jonah Feldman, MD CCFP(EM)

CC: headache x 3 days
HPI: Known migraine w/o aura, usual headaches 2-3/mo. This one L-sided, throbbing, photophobia,
phonophobia, nausea, vomiting x2. Took rizatriptan 10 mg x2 yesterday + acetaminophen, minimal relief.
No thunderclap onset, no fever, no neck stiffness, no focal weakness, no visual loss.
On prednisone 15 mg (tapering), MMF 3 g/d, belimumab since Jan 2024. Hx LN class III+V.
Triage vitals: BP 158/98, HR 92, T 36.9, RR 16, SpO2 98%. Pain 9/10.
Exam: GCS 15. No meningismus. CN intact, fundi: no papilledema. Power 5/5 x4, normal gait.
Ddx: status migrainosus vs PRES (HTN + immunosuppression) vs CVST (SLE) vs CNS infection.
Investigations: CT head non-contrast: no acute intracranial abnormality. CT venogram: no venous sinus
thrombosis. Cr 104 umol/L, K 4.4, CBC unremarkable, CRP 6.
ED Tx: NS 1 L bolus; metoclopramide 10 mg IV; diphenhydramine 25 mg IV. NSAIDs (ketorolac) avoided given
lupus nephritis. Repeat BP 138/86 after analgesia. Pain 2/10 at 02:30.
Dx: Status migrainosus. Hypertension, likely pain-related.
Dispo: Discharged home 2024-02-12 03:10.
- Rizatriptan (Maxalt RPD) 10 mg at onset, max 20 mg/24 h, avoid use >10 days/month
- Metoclopramide 10 mg PO q8h PRN nausea x 3 days
- No NSAIDs
- Home BP log; f/u rheumatology within 1 wk; return if worst headache, weakness, confusion, vision
  change or seizure
"""

EN_LABS_2024_03 = """LIFEPATH MEDICAL LABORATORIES — Toronto, ON
FINAL REPORT
Patient: FERRAZ MONTEIRO, LUCIANA   Sex: F   DOB: 1977-03-14
Ordering: Dr. P. Raman
Collected: 2024-03-18 07:55   Reported: 2024-03-19 11:05

TEST                         RESULT  FLAG  REF. RANGE    UNITS
HEMATOLOGY
Hemoglobin                   124           115-155       g/L
WBC                          4.4           4.0-11.0      x10^9/L
Lymphocytes                  0.9     L     1.0-3.3       x10^9/L
Platelets                    205           150-400       x10^9/L
CHEMISTRY
Sodium                       140           135-145       mmol/L
Potassium                    4.7           3.5-5.0       mmol/L
Creatinine                   96            50-100        umol/L
eGFR (CKD-EPI 2021)          63            >60           mL/min/1.73m2
Urea                         7.1           2.5-8.0       mmol/L
Albumin                      35            35-50         g/L
Total cholesterol            5.6     H     <5.2          mmol/L
TSH                          5.8     H     0.32-4.00     mU/L
Free T4                      11            9-19          pmol/L
IMMUNOLOGY
C3                           0.84    L     0.90-1.80     g/L
C4                           0.13          0.10-0.40     g/L
Anti-dsDNA (CLIA)            64      H     <27           IU/mL
IgG                          6.9     L     7.0-16.0      g/L
URINE
Protein/creatinine ratio     96      H     <15           mg/mmol
Urinalysis microscopy: RBC 3-5/HPF; no casts; WBC 0-5/HPF
"""

EN_RHEUM_FU_2024_04 = """HARBOURFRONT RHEUMATOLOGY ASSOCIATES
FOLLOW-UP VISIT
Patient: Luciana Ferraz Monteiro   Date: 2024-04-08   Physician: Dr. Priya Raman

Interval: Biopsy 2023-11-16: class III (A/C) + V, AI 7, CI 3. Belimumab 10 mg/kg IV started 2024-01-09
(q2wk x3 then q4wk). ED visit 2024-02-11 for status migrainosus, CT/CTV neg. Edema resolved, fatigue
improved. Some hair thinning. Mild cushingoid features.
Current: prednisone 10 mg, MMF 1.5 g BID, HCQ 400 mg, belimumab IV q4wk, losartan 100 mg, levothyroxine
75 mcg, rizatriptan PRN, amitriptyline 25 mg qhs, Ca/D. Atovaquone stopped 2024-03-01 when pred < 20 mg.
Exam: BP 128/80, HR 74, Wt 68.0 kg. No edema. No synovitis. Mild facial plethora.
Labs 2024-03-18: Cr 96, UPCR 96 mg/mmol (from 312), albumin 35, C3 0.84, anti-dsDNA 64, TSH 5.8, IgG 6.9.

Assessment: LN - partial renal response at 5 mo (>50% fall in proteinuria, eGFR back to baseline).
Hypothyroidism under-replaced. Mild hypogammaglobulinemia on MMF + belimumab, no infections.
Plan:
- Taper prednisone to 7.5 mg x 4 wk then 5 mg daily
- Continue MMF 3 g/d and belimumab
- Levothyroxine increased to 88 mcg daily; TSH in 6-8 wk
- HCQ: 400 mg = 5.9 mg/kg at 68 kg; reduce to 300 mg daily (<= 5 mg/kg); eye exam booked May
- Bone density (DXA) on return to Brazil given cumulative steroid
- Vaccines: inactivated influenza given 2023-11; Shingrix dose 1 today, dose 2 in 2-6 mo; no live vaccines
- Return: June 2024, before departure
"""

EN_PHARMACY_2024_04 = """BLOORCOURT PHARMACY — 1080 Bloor St W, Toronto ON — Tel 416-555-0192
MEDICATION PROFILE
Patient: Luciana FERRAZ MONTEIRO   DOB: 1977-03-14
Printed: 2024-04-10   Pharmacist: Grace Tanaka, RPh
ALLERGIES: SULFONAMIDE ANTIBIOTICS (rash)

ACTIVE
Rx 4471206  PREDNISONE 5 MG TAB - 1.5 tab (7.5 mg) daily x 4 wk then 1 tab daily - qty 45 - filled 2024-04-09 - Raman
Rx 4471207  MYCOPHENOLATE MOFETIL 500 MG TAB (CellCept) - 3 tabs twice daily with food - qty 180 - filled 2024-04-09 - Raman
Rx 4471208  HYDROXYCHLOROQUINE 200 MG TAB (Plaquenil) - 1.5 tab (300 mg) once daily with food - qty 45 - filled 2024-04-09 - Raman
Rx 4471209  LEVOTHYROXINE 88 MCG (Synthroid) - 1 tab daily on empty stomach - qty 90 - filled 2024-04-09 - Raman
Rx 4460033  LOSARTAN 100 MG (Cozaar) - 1 tab daily - qty 90 - filled 2024-03-12 - Raman
Rx 4458120  RIZATRIPTAN 10 MG ODT (Maxalt RPD) - 1 at migraine onset, may repeat in 2 h, max 2/day - qty 12 - filled 2024-02-12 - Feldman
Rx 4449810  AMITRIPTYLINE 25 MG (Elavil) - 1 tab at bedtime - qty 90 - filled 2024-01-15 - Raman
OTC         CALCIUM CARBONATE 500 MG + VITAMIN D3 1000 IU - 1 tab daily
CLINIC      BELIMUMAB (Benlysta) 10 MG/KG IV - every 4 weeks at infusion clinic, next 2024-04-30

DISCONTINUED
Rx 4436552  ATOVAQUONE 750 MG/5 ML SUSP (Mepron) - 10 mL daily - stopped 2024-03-01
Rx 4449811  HYDROXYCHLOROQUINE 200 MG TAB - 2 tabs daily - dose reduced 2024-04-08
Rx 4458121  METOCLOPRAMIDE 10 MG - 1 tab q8h PRN nausea - completed
            LEVOTHYROXINE 75 MCG - replaced by 88 mcg 2024-04-08

Counselling: take levothyroxine 4 h apart from calcium. Avoid OTC ibuprofen/naproxen (kidneys).
Shingrix dose 1 given at clinic 2024-04-08.
"""

EN_OPHTHO_2024_05 = """ANNEX EYE CENTRE — Toronto ON
HYDROXYCHLOROQUINE RETINAL TOXICITY SCREENING
Patient: Luciana Ferraz Monteiro   DOB: 1977-03-14   Date: 2024-05-14
Referring: Dr. Priya Raman   Examiner: Dr. Simon Leclerc, MD FRCSC

Indication: HCQ since 2015 (~9 yrs), 400 mg/d until April 2024, now 300 mg/d; weight 68 kg
(4.4 mg/kg/day). eGFR 63. No tamoxifen. Risk factors: duration > 5 yrs, reduced renal function.
VA (cc): OD 20/20, OS 20/25
IOP: 15 / 16 mmHg (on prednisone - monitor)
Anterior segment: early posterior subcapsular cataract OS. Corneas clear, no verticillata.
Fundus: normal discs, C/D 0.3 OU, macula flat, no bull's eye lesion.
SD-OCT macula: intact ellipsoid zone OU, no parafoveal or perifoveal thinning.
Humphrey 10-2 SITA-Standard: OD full; OS one non-repeatable point superiorly; reliable indices.
FAF: no hyperautofluorescence. mfERG not indicated.

Impression:
1. No evidence of hydroxychloroquine retinopathy OU.
2. Early PSC cataract OS, likely steroid-related, not visually significant.
Recommendations: continue HCQ 300 mg/day (<= 5 mg/kg). Annual screening (high risk: > 5 years of use).
Next due May 2025 - in Brazil; copy of OCT and fields given to patient.
"""

EN_LETTER_2024_08 = """HARBOURFRONT RHEUMATOLOGY ASSOCIATES
August 20, 2024
To: Dra. Patrícia Lemos Bezerra, Clínica Reuma Boa Vista, Recife, PE, Brazil
Re: Luciana Ferraz Monteiro, DOB 14/03/1977

Dear Dr. Bezerra,
Thank you for letting me share Ms. Ferraz Monteiro's care during her sabbatical in Toronto
(September 2023 - August 2024). She returns to Recife on August 28.

In October 2023 she presented with edema and nephrotic-range proteinuria (UPCR 312 mg/mmol, ~2.8 g/g),
low C3/C4 and anti-dsDNA 186 IU/mL. Repeat kidney biopsy on 2023-11-16 showed ISN/RPS class III (A/C) + V,
activity 7/24, chronicity 3/12. She received prednisone 40 mg with taper, MMF increased to 3 g/day, and
belimumab 10 mg/kg IV from January 2024.
At last review (2024-07-30) UPCR was 41 mg/mmol (~0.36 g/g), creatinine 92 umol/L (1.04 mg/dL), albumin
38 g/L, C3 0.92 g/L, anti-dsDNA 38 IU/mL: a complete renal response.

Other issues:
- Migraine: one ED visit (Feb 2024), CT and CT venogram normal; rizatriptan PRN, amitriptyline 25 mg.
  Please avoid NSAIDs.
- Hypothyroidism: levothyroxine increased to 88 mcg in April; TSH 2.1 in July.
- HCQ reduced to 300 mg daily (weight-based); retinal screening May 2024 normal; early PSC cataract OS.
- Prednisone 5 mg daily since May 2024. No DXA has been done; I recommend one.
- Vaccines: Shingrix x2 (April and June 2024), influenza 2023.

Current medications: prednisone 5 mg daily; mycophenolate mofetil 1.5 g BID; hydroxychloroquine 300 mg
daily; belimumab 10 mg/kg IV q4wk (last infusion 2024-08-13, next due ~2024-09-10); losartan 100 mg;
levothyroxine 88 mcg; amitriptyline 25 mg qhs; rizatriptan 10 mg PRN; calcium + vitamin D.

I would continue MMF 3 g/day for at least 3 years after this flare before any taper; subcutaneous
belimumab 200 mg weekly is a reasonable alternative to IV. She and her partner are considering pregnancy:
I advised preconception counselling before any attempt, given MMF teratogenicity and her age.

Sincerely,
Priya Raman, MD FRCPC
"""

PT_REUMATO_2024_09 = """CLÍNICA REUMA BOA VISTA — Recife/PE
Evolução ambulatorial — Reumatologia
Paciente: Luciana Ferraz Monteiro   DN: 14/03/1977   Prontuário: 48213
Data: 10/09/2024
Médica: Dra. Patrícia Lemos Bezerra — CRM-PE 18452

S: Retorna do ano sabático em Toronto; trouxe carta da Dra. Priya Raman. Recidiva renal em out/2023:
nova biópsia classe III (A/C) + V; tratada com prednisona em dose alta, micofenolato 3 g/dia e
belimumabe EV. Hoje assintomática, sem edema, urina sem espuma. Enxaqueca 1x/mês, boa resposta ao
rizatriptano. Queixa de dor lombar mecânica há 2 meses, após voo longo.
Deseja engravidar com o companheiro atual — orientada sobre riscos.

O: BEG, PA 124/78 mmHg, FC 70 bpm, peso 67 kg. Sem edema. Fácies levemente cushingoide.
Sem sinovite. Dor à palpação da musculatura paravertebral lombar, Lasègue negativo.

A: Nefrite lúpica classe III+V em resposta renal completa. Hipotireoidismo em reposição.
Lombalgia mecânica. Desejo gestacional.

P:
- Manter micofenolato de mofetila 1,5 g 12/12h
- Belimumabe: converter para 200 mg SC semanal (plano de saúde autorizou a apresentação SC)
- Hidroxicloroquina ~300 mg/dia (mantida a dose ajustada em Toronto)
- Prednisona 5 mg/dia; tentar 2,5 mg em 3 meses
- Levotiroxina 88 mcg; losartana 100 mg
- Solicito densitometria óssea e exames laboratoriais
- Fisioterapia para a lombalgia
- Aconselhamento pré-concepcional em consulta conjunta com a obstetrícia (Dra. Mariana)
- Avaliação odontológica pendente (dente 36 com indicação de extração)
Retorno em 6 semanas.
"""

PT_LABS_2024_09 = """LABORATÓRIO DIAGNÓSTICA PERNAMBUCO — Unidade Graças
Paciente: LUCIANA FERRAZ MONTEIRO      Idade: 47 anos   Sexo: F
Médico solicitante: Dra. Patrícia L. Bezerra
Data da coleta: 16/09/2024             Liberado em: 18/09/2024

HEMOGRAMA COMPLETO
Hemoglobina .........: 12,8 g/dL           (VR: 12,0 a 15,5)
Leucócitos ..........: 4.100 /mm³          (VR: 3.500 a 10.500)
Linfócitos ..........: 980 /mm³            (VR: 900 a 2.900)
Plaquetas ...........: 214.000 /mm³        (VR: 150.000 a 450.000)

GLICOSE EM JEJUM
Resultado ...........: 102 mg/dL           (VR: 70 a 99)

HEMOGLOBINA GLICADA (HbA1c)
Resultado ...........: 5,8 %               (VR: inferior a 5,7)

CREATININA
Resultado ...........: 1,0 mg/dL           (VR: 0,5 a 1,0)
TFG estimada (CKD-EPI 2021): 70 mL/min/1,73m²

POTÁSSIO
Resultado ...........: 5,2 mEq/L           (VR: 3,5 a 5,1)

COLESTEROL TOTAL E FRAÇÕES
Colesterol total ....: 198 mg/dL
LDL-colesterol ......: 118 mg/dL

COMPLEMENTO C3 / C4
C3 ..................: 94 mg/dL            (VR: 90 a 180)
C4 ..................: 16 mg/dL            (VR: 10 a 40)

ANTI-DNA NATIVO (IFI - Crithidia luciliae)
Resultado ...........: Não reagente

RELAÇÃO PROTEÍNA/CREATININA URINÁRIA (amostra isolada)
Resultado ...........: 0,31 g/g            (VR: inferior a 0,15)

TSH
Resultado ...........: 1,9 µUI/mL          (VR: 0,45 a 4,5)

25-HIDROXIVITAMINA D
Resultado ...........: 22 ng/mL            (VR: 30 a 60 para grupos de risco)

IMUNOGLOBULINA G (IgG)
Resultado ...........: 680 mg/dL           (VR: 700 a 1.600)
"""

PT_RECEITA_2024_09 = """CLÍNICA REUMA BOA VISTA
RECEITUÁRIO — USO CONTÍNUO
Paciente: Luciana Ferraz Monteiro
Data: 10/09/2024

Uso oral:
1. Micofenolato de mofetila 500 mg ——— 3 comprimidos de 12/12 horas, com alimento.
2. Hidroxicloroquina 400 mg ——— 1 comprimido ao dia de segunda a sexta-feira;
   não tomar sábado e domingo (média de aproximadamente 300 mg/dia).
3. Prednisona 5 mg ——— 1 comprimido pela manhã.
4. Levotiroxina sódica 88 mcg ——— 1 comprimido em jejum; 4 horas longe do cálcio.
5. Losartana potássica 100 mg ——— 1 comprimido ao dia.
6. Rizatriptana 10 mg ——— 1 comprimido no início da crise de enxaqueca; máximo 2 por dia.
7. Carbonato de cálcio 500 mg + colecalciferol 1.000 UI ——— 1 comprimido no almoço.

Uso subcutâneo:
8. Belimumabe 200 mg/mL, caneta preenchida (Benlysta SC) ——— aplicar 200 mg por via subcutânea
   1 vez por semana, às quintas-feiras. (4 canetas/mês)

Amitriptilina 25 mg em receituário de controle especial (à parte).

Dra. Patrícia Lemos Bezerra — CRM-PE 18452 — Reumatologista
"""

PT_GESTACAO_2024_10 = """MATERNIDADE SANTA CLARA — Ambulatório de Gestação de Alto Risco
Aconselhamento pré-concepcional (consulta conjunta Obstetrícia/Reumatologia)
Paciente: Luciana Ferraz Monteiro, 47 anos, G1P1A0 (filho de 19 anos, parto normal em 2005)
Data: 22/10/2024
Profissionais: Dra. Mariana Coutinho Lins (Obstetrícia) e Dra. Patrícia Lemos Bezerra (Reumatologia)

Motivo: deseja nova gestação com o companheiro atual (em união há 2 anos).
Antecedentes: LES desde 2015; nefrite lúpica classe III (2016) e recidiva classe III+V (nov/2023), em
resposta renal completa desde jul/2024. HAS. Hipotireoidismo. Enxaqueca.
DUM 08/10/2024; ciclos irregulares há 1 ano (intervalos de 35 a 60 dias).
Perfil de anticorpos (set/2024): anti-Ro/SSA negativo, anti-La/SSB negativo, anticoagulante lúpico
negativo, anticardiolipina IgG/IgM negativos, anti-β2-glicoproteína I negativo.
Exames: creatinina 1,0; RPC urinária 0,31 g/g; PA 122/78 mmHg. AMH 0,3 ng/mL; FSH 21 UI/L.

Discussão:
- Risco materno: recidiva renal na gestação, pré-eclâmpsia (risco alto: nefrite + HAS + idade).
- Risco fetal: perda gestacional, prematuridade, restrição de crescimento; aneuploidia pela idade.
- Baixa chance de gestação espontânea (idade, reserva ovariana muito baixa); FIV com óvulo doado
  aumentaria o risco de pré-eclâmpsia.
- Micofenolato é teratogênico: suspender pelo menos 6 semanas antes da concepção e trocar por azatioprina.
- Losartana contraindicada na gestação: trocar por nifedipino ou metildopa.
- Belimumabe: dados limitados; suspender antes da tentativa.
- Manter hidroxicloroquina; AAS 100 mg a partir de 12 semanas.
- Exigir pelo menos 6 meses de doença quiescente, já com medicações compatíveis, antes de tentar.

Decisão compartilhada: o casal vai refletir; por ora não deseja iniciar tentativa. Opta por contracepção.
Conduta:
1. Inserção de DIU de levonorgestrel 52 mg (evitar anticoncepcional combinado: nefrite, HAS, enxaqueca)
2. Manter micofenolato por ora
3. Reavaliar desejo gestacional em 6 meses
4. Encaminhada à psicologia para apoio
"""

PT_DENTAL_2024_11 = """CLÍNICA REUMA BOA VISTA
DECLARAÇÃO DE LIBERAÇÃO PARA PROCEDIMENTO ODONTOLÓGICO
Recife, 12 de novembro de 2024
Ao Cirurgião-Dentista Dr. Felipe Arruda Menezes — Odontoclínica Espinheiro

Declaro que a paciente Luciana Ferraz Monteiro, 47 anos, portadora de lúpus eritematoso sistêmico com
nefrite lúpica em remissão, hipertensão arterial controlada e hipotireoidismo, encontra-se clinicamente
apta para exodontia do elemento 36 e posterior colocação de implante, sob anestesia local.

Informações relevantes:
- Imunossupressão: micofenolato 3 g/dia, belimumabe SC semanal, prednisona 5 mg/dia. Não há necessidade
  de dose extra de corticoide para procedimento sob anestesia local.
- Profilaxia antibiótica a critério do cirurgião; se indicada, amoxicilina 2 g VO 1 hora antes.
- Hemograma de 16/09/2024: plaquetas 214.000/mm³, leucócitos 4.100/mm³. Não usa anticoagulante nem
  antiagregante plaquetário.
- Anestesia: pode usar lidocaína com epinefrina em dose habitual (PA 124/78 mmHg na última consulta).
- Analgesia: evitar anti-inflamatórios (ibuprofeno, nimesulida, cetorolaco) por causa da nefrite; usar
  paracetamol 750 mg 6/6h ou dipirona 1 g 6/6h.
- Alergia: sulfonamidas.
- Não usa bisfosfonato até o momento (densitometria agendada); se indicado, preferível concluir os
  procedimentos odontológicos antes de iniciar.

Coloco-me à disposição.
Dra. Patrícia Lemos Bezerra — CRM-PE 18452 — Reumatologista
"""

PT_DEXA_2024_12 = """CENTRO DE IMAGEM BOA VIAGEM
DENSITOMETRIA ÓSSEA (DXA) — COLUNA LOMBAR E FÊMUR
Paciente: Luciana Ferraz Monteiro   Idade: 47 anos   Data do exame: 03/12/2024
Peso: 67 kg   Altura: 1,62 m   IMC: 25,5
Equipamento: Hologic Horizon A
Indicação: uso crônico de glicocorticoide (LES); perimenopausa.

RESULTADOS
Região               | DMO (g/cm²) | T-score | Z-score
Coluna L1-L4         | 0,842       | -2,1    | -1,7
Colo femoral esquerdo| 0,671       | -1,6    | -1,2
Fêmur total esquerdo | 0,793       | -1,2    | -0,9

Vértebras L1 a L4 analisadas, sem exclusões.

CONCLUSÃO
Baixa massa óssea (osteopenia) na coluna lombar e no colo femoral, segundo critérios da OMS.
FRAX Brasil (com DMO do colo femoral): probabilidade em 10 anos de fratura osteoporótica maior 6,8% e
de fratura de quadril 0,9%.
Obs.: em uso de glicocorticoide ≥ 2,5 mg/dia por mais de 3 meses — ajustar FRAX para a dose de
prednisona e considerar tratamento conforme recomendações para osteoporose induzida por glicocorticoide.
Sem exame anterior para comparação. Sugere-se controle em 1 a 2 anos.

Dr. Rodrigo Amaral Freitas — CRM-PE 20981 — Médico Radiologista
"""

PT_FISIO_2025_01 = """REABILITA ESPINHEIRO — Fisioterapia
Evolução fisioterapêutica — 8ª sessão
Paciente: Luciana Ferraz Monteiro   Data: 14/01/2025
Fisioterapeuta: Dra. Camila Rocha Vasconcelos — CREFITO-1 112874-F
Diagnóstico clínico: lombalgia mecânica crônica; osteopenia (DXA 12/2024); LES.
Encaminhamento: Dra. Patrícia Lemos Bezerra (reumatologia)

Avaliação inicial (19/11/2024): dor lombar EVA 7/10, pior ao ficar em pé na sala de aula por mais de
1 hora e ao corrigir provas sentada. Schober modificado 4,0 cm. Oswestry 38%.
Hoje: EVA 3/10. Oswestry 18%. Schober modificado 5,5 cm. Marcha sem alterações.
Força de extensores de tronco melhorada (grau 4+).
PA antes da sessão 126/80 mmHg, FC 74 bpm.

Condutas realizadas hoje:
- TENS convencional 100 Hz, 20 min, região lombar
- Cinesioterapia: estabilização segmentar lombar (ponte, prancha modificada, bird-dog), 3 x 12
- Alongamento de isquiotibiais e piriforme
- Fortalecimento de quadríceps e glúteos com faixa elástica
- Orientação postural e ergonômica para o trabalho (cadeira, altura da mesa, pausas)
- Sem exercícios de impacto nem carga axial alta (osteopenia); sem manipulação vertebral

Plano: mais 4 sessões (2x/semana), depois alta com programa domiciliar. Sugiro hidroginástica ou pilates.
"""

DOCUMENTS: dict[str, tuple[str, str, str]] = {
    "pt_reumato_2023_03": ("pt", "clinical_note", PT_REUMATO_2023_03),
    "pt_labs_2023_03": ("pt", "lab_report", PT_LABS_2023_03),
    "pt_nefro_2023_06": ("pt", "clinical_note", PT_NEFRO_2023_06),
    "pt_usg_renal_2023_07": ("pt", "imaging", PT_USG_RENAL_2023_07),
    "pt_receita_2023_08": ("pt", "prescription", PT_RECEITA_2023_08),
    "en_walkin_2023_10": ("en", "clinical_note", EN_WALKIN_2023_10),
    "en_labs_2023_10": ("en", "lab_report", EN_LABS_2023_10),
    "en_rheum_consult_2023_11": ("en", "clinical_note", EN_RHEUM_CONSULT_2023_11),
    "en_biopsy_2023_11": ("en", "exam_result", EN_BIOPSY_2023_11),
    "en_er_2024_02": ("en", "clinical_note", EN_ER_2024_02),
    "en_labs_2024_03": ("en", "lab_report", EN_LABS_2024_03),
    "en_rheum_fu_2024_04": ("en", "clinical_note", EN_RHEUM_FU_2024_04),
    "en_pharmacy_2024_04": ("en", "prescription", EN_PHARMACY_2024_04),
    "en_ophtho_2024_05": ("en", "exam_result", EN_OPHTHO_2024_05),
    "en_letter_2024_08": ("en", "referral", EN_LETTER_2024_08),
    "pt_reumato_2024_09": ("pt", "clinical_note", PT_REUMATO_2024_09),
    "pt_labs_2024_09": ("pt", "lab_report", PT_LABS_2024_09),
    "pt_receita_2024_09": ("pt", "prescription", PT_RECEITA_2024_09),
    "pt_gestacao_2024_10": ("pt", "clinical_note", PT_GESTACAO_2024_10),
    "pt_dental_2024_11": ("pt", "other", PT_DENTAL_2024_11),
    "pt_dexa_2024_12": ("pt", "imaging", PT_DEXA_2024_12),
    "pt_fisio_2025_01": ("pt", "clinical_note", PT_FISIO_2025_01),
}

PAIRS: list[tuple[str, str, str, str]] = [
    # ---- Portuguese questions, Portuguese documents ----
    ("pt", "desde quando tem lúpus?", "pt_reumato_2023_03", "LES diagnosticado em 2015"),
    ("pt", "atividade do lúpus em março de 2023", "pt_reumato_2023_03", "SLEDAI-2K 4 (proteinúria)"),
    ("pt", "frequência das crises de dor de cabeça em 2023", "pt_reumato_2023_03", "Enxaqueca sem aura 2–3x/mês"),
    ("pt", "qual exame de imagem a reumato pediu antes da viagem?", "pt_reumato_2023_03",
     "Solicito USG de rins e vias urinárias"),
    ("pt", "creatinina março 2023", "pt_labs_2023_03", "1,1 mg/dL"),
    ("pt", "quanto de proteína perdia na urina de 24 horas em 2023?", "pt_labs_2023_03", "0,62 g/24h"),
    ("pt", "função tireoidiana antes do sabático", "pt_labs_2023_03", "2,8 µUI/mL"),
    ("pt", "complemento C3 nos exames de março de 2023", "pt_labs_2023_03", "88 mg/dL"),
    ("pt", "açúcar no sangue em 2023", "pt_labs_2023_03", "91 mg/dL"),
    ("pt", "o nefro mexeu em qual remédio de pressão?", "pt_nefro_2023_06", "Aumentar losartana para 100 mg/dia"),
    ("pt", "estadiamento da doença renal crônica", "pt_nefro_2023_06", "DRC estágio G2-G3a A2"),
    ("pt", "alvo de pressão arterial definido pela nefrologia", "pt_nefro_2023_06", "Meta PA < 130/80 mmHg"),
    ("pt", "orientação sobre sal na comida", "pt_nefro_2023_06", "Dieta hipossódica (< 2 g de sódio/dia)"),
    ("pt", "hematúria no exame de urina tipo 1", "pt_nefro_2023_06", "EAS com 8 hemácias/campo"),
    ("pt", "tamanho do rim esquerdo", "pt_usg_renal_2023_07", "medindo 11,2 x 5,1 cm"),
    ("pt", "tem cisto no rim?", "pt_usg_renal_2023_07",
     "Cisto cortical simples no terço superior do rim esquerdo"),
    ("pt", "pedra nos rins ou rim dilatado no ultrassom?", "pt_usg_renal_2023_07", "Sem hidronefrose ou litíase."),
    ("pt", "receita deu remédio para quanto tempo fora do país?", "pt_receita_2023_08", "Quantidade para 12 meses"),
    ("pt", "declaração para a alfândega dos medicamentos", "pt_receita_2023_08",
     "Declaro, para fins de alfândega"),
    ("pt", "o que mudou no Benlysta na volta de Toronto?", "pt_reumato_2024_09",
     "converter para 200 mg SC semanal"),
    ("pt", "queixa de dor nas costas", "pt_reumato_2024_09", "Queixa de dor lombar mecânica há 2 meses"),
    ("pt", "pressão na consulta de setembro de 2024", "pt_reumato_2024_09", "PA 124/78 mmHg"),
    ("pt", "plano de desmame do corticoide", "pt_reumato_2024_09", "tentar 2,5 mg em 3 meses"),
    ("pt", "potássio alto?", "pt_labs_2024_09", "5,2 mEq/L"),
    ("pt", "glicemia de jejum set/2024", "pt_labs_2024_09", "102 mg/dL"),
    ("pt", "proteinúria em amostra isolada depois do Canadá", "pt_labs_2024_09", "0,31 g/g"),
    ("pt", "anticorpos IgG diminuídos?", "pt_labs_2024_09", "680 mg/dL"),
    ("pt", "filtração glomerular em setembro de 2024", "pt_labs_2024_09", "70 mL/min/1,73m²"),
    ("pt", "como tomar o Plaquinol agora", "pt_receita_2024_09", "não tomar sábado e domingo"),
    ("pt", "dia da semana da injeção de belimumabe", "pt_receita_2024_09", "às quintas-feiras"),
    ("pt", "síndrome antifosfolípide? anticoagulante lúpico", "pt_gestacao_2024_10",
     "anticoagulante lúpico"),
    ("pt", "reserva ovariana", "pt_gestacao_2024_10", "AMH 0,3 ng/mL"),
    ("pt", "por que não pode usar pílula anticoncepcional?", "pt_gestacao_2024_10",
     "evitar anticoncepcional combinado: nefrite, HAS, enxaqueca"),
    ("pt", "qual imunossupressor usar no lugar do CellCept se engravidar?", "pt_gestacao_2024_10",
     "trocar por azatioprina"),
    ("pt", "tempo de lúpus inativo exigido antes de tentar engravidar", "pt_gestacao_2024_10",
     "pelo menos 6 meses de doença quiescente"),
    ("pt", "anti-Ro", "pt_gestacao_2024_10", "anti-Ro/SSA negativo"),
    ("pt", "pode usar anestésico com adrenalina no dentista?", "pt_dental_2024_11",
     "pode usar lidocaína com epinefrina em dose habitual"),
    ("pt", "analgésico depois da extração do dente", "pt_dental_2024_11",
     "paracetamol 750 mg 6/6h ou dipirona 1 g 6/6h"),
    ("pt", "precisa de corticoide de estresse para o procedimento odontológico?", "pt_dental_2024_11",
     "Não há necessidade"),
    ("pt", "T-score da coluna lombar", "pt_dexa_2024_12", "-2,1"),
    ("pt", "densitometria: tem osteoporose?", "pt_dexa_2024_12",
     "Baixa massa óssea (osteopenia) na coluna lombar e no colo femoral"),
    ("pt", "risco de fratura de quadril em 10 anos", "pt_dexa_2024_12", "de fratura de quadril 0,9%"),
    ("pt", "escala de dor na fisioterapia de janeiro 2025", "pt_fisio_2025_01", "Hoje: EVA 3/10"),
    ("pt", "que exercícios faz na fisio?", "pt_fisio_2025_01", "estabilização segmentar lombar"),
    ("pt", "eletroterapia usada", "pt_fisio_2025_01", "TENS convencional 100 Hz, 20 min"),
    # ---- Portuguese questions, English documents ----
    ("pt", "resultado da biópsia renal de Toronto", "en_biopsy_2023_11",
     "Lupus nephritis, ISN/RPS class III (A/C) + class V."),
    ("pt", "índice de atividade da biópsia de 2023", "en_biopsy_2023_11", "NIH Activity index: 7/24"),
    ("pt", "tomografia de crânio no pronto-socorro", "en_er_2024_02",
     "CT head non-contrast: no acute intracranial abnormality"),
    ("pt", "por que não deram anti-inflamatório na emergência?", "en_er_2024_02",
     "NSAIDs (ketorolac) avoided given"),
    ("pt", "exame de retina da hidroxicloroquina", "en_ophtho_2024_05",
     "No evidence of hydroxychloroquine retinopathy OU."),
    ("pt", "catarata?", "en_ophtho_2024_05", "early posterior subcapsular cataract OS"),
    ("pt", "relação proteína/creatinina urinária em outubro de 2023", "en_labs_2023_10",
     "Protein/creatinine ratio     312"),
    ("pt", "anti-DNA em março de 2024", "en_labs_2024_03", "Anti-dsDNA (CLIA)            64"),
    ("pt", "inchaço nos tornozelos no Canadá", "en_walkin_2023_10",
     "C/o bilateral ankle swelling worse in evening"),
    ("pt", "dose de prednisona na recidiva renal", "en_rheum_consult_2023_11",
     "Prednisone increased to 40 mg daily x 2 wk"),
    ("pt", "por que baixaram a dose da hidroxicloroquina?", "en_rheum_fu_2024_04",
     "400 mg = 5.9 mg/kg at 68 kg"),
    ("pt", "vacina contra herpes zóster", "en_rheum_fu_2024_04", "Shingrix dose 1 today"),
    ("pt", "alergia a medicamentos", "en_pharmacy_2024_04", "SULFONAMIDE ANTIBIOTICS (rash)"),
    # ---- English questions, English documents ----
    ("en", "BP at the walk-in clinic", "en_walkin_2023_10", "BP 146/92"),
    ("en", "urine dipstick result", "en_walkin_2023_10", "protein 3+, blood 1+"),
    ("en", "weight in October 2023", "en_walkin_2023_10", "Wt 66.2 kg"),
    ("en", "kidney function at the flare Oct 2023", "en_labs_2023_10", "Creatinine                   124"),
    ("en", "serum albumin when she was swollen", "en_labs_2023_10", "Albumin                      29"),
    ("en", "complement levels during the flare", "en_labs_2023_10", "C3                           0.58"),
    ("en", "was she lymphopenic in October?", "en_labs_2023_10", "Lymphocytes                  0.8"),
    ("en", "urine microscopy casts", "en_labs_2023_10", "RBC casts occasional"),
    ("en", "disease activity score at the rheum consult", "en_rheum_consult_2023_11", "SLEDAI-2K: 16"),
    ("en", "pneumocystis prophylaxis given sulfa allergy", "en_rheum_consult_2023_11",
     "atovaquone 1500 mg daily while pred >= 20 mg"),
    ("en", "CellCept increase Nov 2023", "en_rheum_consult_2023_11", "Increase MMF to 1.5 g BID (3 g/day)"),
    ("en", "what did they think about TMA?", "en_rheum_consult_2023_11",
     "thrombotic microangiopathy (platelets normal, no schistocytes)"),
    ("en", "chronicity index", "en_biopsy_2023_11", "NIH Chronicity index: 3/12"),
    ("en", "any crescents on the kidney biopsy?", "en_biopsy_2023_11",
     "2 cellular crescents and 1 fibrocellular"),
    ("en", "immunofluorescence staining", "en_biopsy_2023_11", "\"Full-house\" pattern"),
    ("en", "IFTA", "en_biopsy_2023_11", "tubular atrophy ~15% of cortex"),
    ("en", "ER diagnosis for the headache", "en_er_2024_02", "Dx: Status migrainosus."),
    ("en", "was cerebral venous thrombosis ruled out?", "en_er_2024_02", "CT venogram: no venous sinus"),
    ("en", "what did they give for the migraine in emerg", "en_er_2024_02", "metoclopramide 10 mg IV"),
    ("en", "triage vitals blood pressure ED", "en_er_2024_02", "BP 158/98"),
    ("en", "thyroid level March 2024", "en_labs_2024_03", "TSH                          5.8"),
    ("en", "UPCR March 2024", "en_labs_2024_03", "Protein/creatinine ratio     96"),
    ("en", "immunoglobulin G low?", "en_labs_2024_03", "IgG                          6.9"),
    ("en", "cholesterol March 2024", "en_labs_2024_03", "Total cholesterol            5.6"),
    ("en", "treatment response at 5 months", "en_rheum_fu_2024_04", "partial renal response at 5 mo"),
    ("en", "when was Benlysta started", "en_rheum_fu_2024_04", "started 2024-01-09"),
    ("en", "Synthroid dose change", "en_rheum_fu_2024_04", "Levothyroxine increased to 88 mcg daily"),
    ("en", "steroid taper April 2024", "en_rheum_fu_2024_04", "Taper prednisone to 7.5 mg x 4 wk then 5 mg daily"),
    ("en", "mycophenolate dosing on the pharmacy profile", "en_pharmacy_2024_04", "3 tabs twice daily with food"),
    ("en", "Maxalt", "en_pharmacy_2024_04", "RIZATRIPTAN 10 MG ODT (Maxalt RPD)"),
    ("en", "when was Mepron discontinued", "en_pharmacy_2024_04", "10 mL daily - stopped 2024-03-01"),
    ("en", "interaction thyroid pill and calcium", "en_pharmacy_2024_04",
     "take levothyroxine 4 h apart from calcium"),
    ("en", "next belimumab infusion date", "en_pharmacy_2024_04", "next 2024-04-30"),
    ("en", "macular OCT result", "en_ophtho_2024_05", "intact ellipsoid zone OU"),
    ("en", "visual field 10-2", "en_ophtho_2024_05", "OD full; OS one non-repeatable point superiorly"),
    ("en", "eye pressure", "en_ophtho_2024_05", "IOP: 15 / 16 mmHg"),
    ("en", "plaquenil mg per kg", "en_ophtho_2024_05", "(4.4 mg/kg/day)"),
    ("en", "when is the next retinal screening due", "en_ophtho_2024_05", "Next due May 2025"),
    ("en", "latest proteinuria before leaving Canada", "en_letter_2024_08", "UPCR was 41 mg/mmol (~0.36 g/g)"),
    ("en", "when does she fly back to Brazil", "en_letter_2024_08", "She returns to Recife on August 28."),
    ("en", "how long to keep mycophenolate before tapering", "en_letter_2024_08",
     "continue MMF 3 g/day for at least 3 years after this flare"),
    ("en", "does she want to get pregnant", "en_letter_2024_08", "She and her partner are considering pregnancy"),
    ("en", "TSH in July 2024", "en_letter_2024_08", "TSH 2.1 in July"),
    # ---- English questions, Portuguese documents ----
    ("en", "kidney ultrasound impression", "pt_usg_renal_2023_07", "Rins de dimensões normais"),
    ("en", "renal cyst Bosniak", "pt_usg_renal_2023_07", "Cisto renal simples à esquerda (Bosniak I)."),
    ("en", "hip T-score on DEXA", "pt_dexa_2024_12", "-1,6"),
    ("en", "IUD", "pt_gestacao_2024_10", "Inserção de DIU de levonorgestrel 52 mg"),
    ("en", "anticardiolipin antibodies", "pt_gestacao_2024_10", "anticardiolipina IgG/IgM negativos"),
    ("en", "FSH level", "pt_gestacao_2024_10", "FSH 21 UI/L"),
    ("en", "vitamin D level after returning to Recife", "pt_labs_2024_09", "22 ng/mL"),
    ("en", "A1c", "pt_labs_2024_09", "5,8 %"),
    ("en", "which tooth is being pulled", "pt_dental_2024_11", "apta para exodontia do elemento 36"),
    ("en", "nephrologist advice for while in Canada", "pt_nefro_2023_06",
     "procurar nefrologista no Canadá se edema"),
    ("en", "triptan she brought from Brazil", "pt_receita_2023_08", "Naratriptana 2,5 mg"),
    ("en", "physio back pain disability score", "pt_fisio_2025_01", "Oswestry 18%"),
    ("en", "BP March 2023", "pt_reumato_2023_03", "PA 128/82 mmHg"),
]
