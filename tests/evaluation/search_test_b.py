"""Passage-search evaluation, second test part: a third fictional patient's record, held out.

Written blind on 2026-11-27, without reading `nlp/`, `service/`, `graph/` or the other search parts
(`search_dev.py`, `search_test.py`, the scorer's internals), and never to be tuned on: do not change the
search because of a pair here, and do not edit these pairs to suit the search. Every patient, clinician,
institution, date and value is invented.

The record belongs to Valdir Antônio Brenner (male, born 22/07/1957), a geologist from Porto Alegre who
worked on a fly-in fly-out mining roster out of Perth, Western Australia, then retired and moved home.
English documents from Perth (2019–2022): a terse GP consultation note, a lung function report, a chest
X-ray and a discharge summary from an admission for pneumococcal pneumonia with new atrial fibrillation
and acute kidney injury, an echocardiogram, a cumulative pathology report, a polysomnography, a
pharmacist's Home Medicines Review, a colonoscopy report with its histopathology, an audiology report and
a GP referral letter to a urologist for a rising PSA. Portuguese documents from Porto Alegre (2023–2025):
a telegraphic first consultation, a laboratory report in block layout, a multiparametric prostate MRI, the
operative note of a right total hip replacement, a nursing evolution on the first post-operative day, a
physiotherapy session note, a cataract post-operative ophthalmology note, a nutrition consult, a referral
letter to nephrology, a prescription (receituário), a vaccination record typed without accents and a
fitness certificate (atestado) for water aerobics.

DOCUMENTS: name → (language "en"|"pt", document_type, text).
PAIRS: (language of the question, question, document name, answer), where `answer` is a substring that
occurs exactly once in that document's text; the passage holding it is the expected hit. About a quarter
of the questions in each language are asked about a document in the other language.
"""

from __future__ import annotations

# --------------------------------------------------------------------------------------------------
# English documents (Perth, Western Australia, 2019–2022)

_EN_GP_NOTE_2019 = """\
Riverton Road Medical Centre - Consultation note
Patient: BRENNER, Valdir Antonio   DOB 22/07/1957   Medicare 2871 44190 3
Date: 14/05/2019   Seen by: Dr Siobhan Kearney (GP)

S: 61yo M, Brazilian national, geologist on FIFO roster (2 wks on / 1 off, Pilbara). c/o SOB on exertion x 6/12,
worse on site stairs; morning cough productive of white sputum most days through winter. No haemoptysis,
no wt loss, no night sweats. Also R big toe hot + swollen since Sat, can't tolerate the bedsheet on it.
PMHx: T2DM dx 2011 (metformin). HTN. Gout - 2 prior flares, not on prophylaxis. Appendicectomy 1979.
SHx: ex-smoker, quit 2012, approx 38 pack-years. Alcohol 2-3 beers/night on days off. Married (Marlene),
2 adult children in Porto Alegre.
FHx: father MI at 58; mother T2DM.
Meds: metformin XR 1 g nocte; perindopril 5 mg mane. NKDA.

O: Afebrile, T 36.8. BP 148/88, HR 84 reg. SpO2 95% RA. BMI 30.9.
Chest: scattered expiratory wheeze bilat, prolonged expiration, no creps.
R 1st MTP: erythematous, warm, exquisitely tender, small effusion. No tophi.

A:
1. Chronic productive cough + exertional dyspnoea in ex-smoker - ?COPD. Needs spirometry.
2. Acute gout R 1st MTPJ.
3. T2DM - last HbA1c 7.1% (Feb).
4. HTN - above target today.

P:
- Spirometry with bronchodilator response at Swan Coast Respiratory Lab, req given.
- Colchicine 500 mcg: 2 tabs stat then 1 tab 1 hr later, then 1 bd until settled (max 3 days).
  Avoid NSAIDs for now given ACEi + DM.
- Check urate, U&E, FBC 4 wks after flare settles. Discuss allopurinol then.
- Salbutamol 100 mcg MDI 2 puffs PRN via spacer, technique shown.
- Flu vax given today (L deltoid).
- Rv 2/52 with results or sooner if worse.
"""

_EN_SPIROMETRY_2019 = """\
SWAN COAST RESPIRATORY LABORATORY
Lung Function Report

Name: Valdir BRENNER   DOB: 22/07/1957   Sex: M   Age: 61
Height: 176 cm   Weight: 95.7 kg   Reference equations: GLI-2012
Test date: 03/06/2019   Referring doctor: Dr S. Kearney (Riverton Road Medical Centre)
Test quality: Grade A; three acceptable and repeatable manoeuvres. Salbutamol withheld for 6 hours.

                 Pre-BD    %Pred    Z-score    Post-BD    %Change
FEV1 (L)          2.04       62      -2.61       2.18        +7
FVC (L)           3.52       83      -1.15       3.61        +3
FEV1/FVC          0.58        -      -3.02       0.60
FEF25-75 (L/s)    0.98       35      -2.90       1.11       +13
PEF (L/s)         6.10       72        -         6.35        +4

DLCO (mL/min/mmHg)  17.9   68 %pred   Z -1.98   (Hb-corrected, Hb 148 g/L)
KCO                 3.62   80 %pred   Z -1.30
Lung volumes (body plethysmography): TLC 7.21 L (108 %pred); RV 3.05 L (131 %pred); RV/TLC 42%

Interpretation:
Moderate obstructive ventilatory defect. The post-bronchodilator FEV1/FVC ratio remains below the lower
limit of normal, confirming persistent airflow limitation. There is no significant bronchodilator response
(FEV1 +140 mL, +7%; the criteria of at least 12% and 200 mL are not met).
Mild gas trapping (RV 131% predicted) with preserved total lung capacity, i.e. no restrictive component.
Gas transfer mildly reduced, which in this context suggests some emphysema.
The findings are consistent with COPD, GOLD spirometric grade 2 (post-bronchodilator FEV1 66% predicted).
Correlate clinically. An alpha-1 antitrypsin level could be considered given the degree of obstruction.

Reported by: Dr Anand Ramaswamy, Respiratory Physician   05/06/2019
Respiratory scientist: K. O'Loughlin, CRFS
"""

_EN_CXR_2020 = """\
SWANBOURNE DISTRICT HOSPITAL - Medical Imaging
Patient: BRENNER, Valdir A.   UR: SDH0418826   DOB: 22/07/1957
Examination: XR CHEST PA AND LATERAL   Date: 11/08/2020 21:47   Location: Emergency Department
Referrer: Dr T. Nguyen (ED registrar)
Clinical details: 4/7 fever, productive cough, right-sided pleuritic chest pain. SpO2 89% RA.
Ex-smoker, COPD. ?pneumonia.

Technique: Erect PA and left lateral projections. Adequate inspiration and penetration.

Findings:
There is airspace consolidation in the right lower lobe with air bronchograms, most marked in the posterior
basal segment. Blunting of the right costophrenic angle in keeping with a small right pleural effusion.
No pneumothorax.
The left lung is clear. The lungs are hyperexpanded with flattened hemidiaphragms, consistent with the known
COPD. No suspicious pulmonary nodule or mass is seen, although assessment of the right lower zone is limited
by the consolidation.
Heart size is at the upper limit of normal (CTR 0.5). Mediastinal contours are unremarkable.
Aortic knuckle calcification.
Degenerative change in the thoracic spine. No acute bony abnormality.

Impression:
1. Right lower lobe pneumonia with a small parapneumonic effusion.
2. Background hyperinflation in keeping with COPD.
3. Recommend follow-up chest radiograph in 6 weeks after treatment to document resolution and to exclude
an underlying lesion.

Reported by: Dr Fiona McCallister, Radiologist   11/08/2020 23:05
"""

_EN_DISCHARGE_2020 = """\
SWANBOURNE DISTRICT HOSPITAL
Department of General Medicine - DISCHARGE SUMMARY

Patient: Valdir Antonio BRENNER   UR: SDH0418826   DOB: 22/07/1957 (63 y)
Admitted: 11/08/2020 via ED   Discharged: 17/08/2020   Length of stay: 6 days
Consultant: Dr Margaret Doyle (General Medicine)   Author: Dr Callum Reid, RMO
GP: Dr Siobhan Kearney, Riverton Road Medical Centre

Principal diagnosis: Community-acquired pneumonia, right lower lobe (CURB-65 = 2)
Secondary diagnoses:
- Atrial fibrillation, new onset, with fast ventricular response on admission
- Infective exacerbation of COPD
- Acute kidney injury on chronic kidney disease (peak creatinine 188 umol/L, baseline ~120)
- Type 2 diabetes mellitus with stress hyperglycaemia
Comorbidities: hypertension, gout, ex-smoker.

Presentation:
63M presented with 4 days of fever, rigors, cough with green sputum and right pleuritic chest pain. On arrival
T 38.9 C, RR 26, SpO2 89% on room air, BP 104/62, HR 138 irregularly irregular. Urea 9.8 mmol/L, not confused.
CXR: RLL consolidation with small effusion. ECG: atrial fibrillation, rate 136, no acute ischaemic changes.

Hospital course:
1. Pneumonia - commenced IV ceftriaxone 1 g daily and oral azithromycin 500 mg daily (3 days). Blood cultures
x2 no growth. Sputum culture: Streptococcus pneumoniae, penicillin-susceptible. Urinary pneumococcal antigen
positive. Defervesced by day 3; stepped down to oral amoxicillin 1 g tds to complete 7 days in total. Oxygen
weaned off by day 4.
2. AF - rate-controlled with metoprolol, initially IV then oral; now metoprolol succinate 47.5 mg daily,
resting HR 78-86. Did not spontaneously revert. CHA2DS2-VASc = 2 (HTN, DM). HAS-BLED = 1. After discussion
with the patient, commenced apixaban 5 mg bd on 13/08/2020. TSH 1.9 mIU/L. Outpatient TTE requested.
3. AKI - pre-renal; metformin and perindopril withheld. Creatinine improved to 131 umol/L at discharge.
Metformin restarted at a lower dose; perindopril withheld until GP review.
4. Diabetes - insulin sliding scale while unwell; BGL now 7-11 mmol/L.
5. COPD - prednisolone 40 mg daily x 5 days (completed 15/08). Regular nebulised salbutamol weaned.
Commenced tiotropium 18 mcg inhaled daily.

Medications on discharge:
- Apixaban 5 mg bd (NEW)
- Metoprolol succinate 47.5 mg mane (NEW)
- Tiotropium 18 mcg inh daily (NEW)
- Amoxicillin 1 g tds until 18/08/2020 (NEW, short course)
- Metformin XR 500 mg bd (dose reduced)
- Salbutamol 100 mcg MDI 2 puffs qid PRN
- Perindopril 5 mg - WITHHELD
- Allopurinol 100 mg daily (unchanged)

Follow-up / actions for GP:
- Review in 1 week: U&E, BP; decide on restarting perindopril.
- Repeat CXR in 6 weeks.
- Outpatient transthoracic echocardiogram (booked 02/10/2020).
- Pneumococcal vaccination (13vPCV then 23vPPV) once recovered.
- Consider cardiology referral if symptomatic AF despite rate control.

Dr Callum Reid, Resident Medical Officer, for Dr Margaret Doyle
"""

_EN_ECHO_2020 = """\
PERTH SOUTHSIDE CARDIOLOGY - Transthoracic Echocardiography Report
Patient: Valdir BRENNER   DOB: 22/07/1957   Date of study: 02/10/2020
Indication: New AF (Aug 2020, during pneumonia admission). Assess LV function, valves and atrial size.
Referrer: Dr S. Kearney   Sonographer: J. Whitfield   Rhythm during study: AF, HR 82
Image quality: Fair (body habitus).

Measurements:
LVIDd 5.1 cm   IVSd 1.2 cm   LVPWd 1.1 cm   LV mass index 108 g/m2
LVEF (Simpson biplane) 54%   GLS not performed (AF)
LA volume index 47 mL/m2 (severely dilated)   RA area 22 cm2
TAPSE 1.9 cm   RVSP 34 mmHg (RAP 3)
Aortic root 3.6 cm   Ascending aorta 3.7 cm

Findings:
Left ventricle: normal cavity size with mild concentric hypertrophy. Low-normal global systolic function,
no regional wall motion abnormality. Diastolic function cannot be fully assessed in AF; average E/e' 11.
Left atrium: severely dilated. The LA appendage is not adequately assessed by transthoracic imaging.
Right ventricle: normal size, low-normal function.
Mitral valve: mildly thickened leaflets, mild central regurgitation.
Aortic valve: trileaflet, mild sclerosis without stenosis (peak velocity 1.8 m/s).
Tricuspid valve: trivial TR. Estimated pulmonary artery systolic pressure at the upper limit of normal.
Pericardium: no effusion. IVC 1.8 cm with more than 50% inspiratory collapse.

Conclusion:
1. Low-normal LV systolic function, mild concentric LVH.
2. Severe left atrial dilatation, consistent with persistent AF.
3. Mild mitral regurgitation; aortic valve sclerosis without stenosis.
4. No significant pulmonary hypertension.

Reported by: Dr Rohan Pillai, Cardiologist, FRACP
"""

_EN_LABS_2021 = """\
WESTERN CLINICAL PATHOLOGY
Cumulative Report - Chemistry / Haematology

Patient: BRENNER, VALDIR ANTONIO   DOB: 22/07/1957   Sex: M
Lab No: 21-WCP-3310974   Collected: 09/03/2021 07:52 (fasting)   Reported: 09/03/2021 15:20
Requesting doctor: Dr S Kearney, Riverton Road Medical Centre
Clinical notes: T2DM, CKD, gout on allopurinol, AF on apixaban. Annual review.

RENAL / ELECTROLYTES       Result   Flag   Units           Ref range
Sodium                     139             mmol/L          135-145
Potassium                  5.0             mmol/L          3.5-5.2
Chloride                   104             mmol/L          95-110
Bicarbonate                23              mmol/L          22-32
Urea                       9.1      H      mmol/L          3.0-8.0
Creatinine                 146      H      umol/L          60-110
eGFR (CKD-EPI)             44       L      mL/min/1.73m2   >90
Urate                      0.44            mmol/L          0.20-0.45

DIABETES
Glucose (fasting)          8.4      H      mmol/L          3.0-6.0
HbA1c (IFCC)               58       H      mmol/mol        <48
HbA1c (DCCT)               7.5      H      %               <6.5

URINE
Albumin/creatinine ratio   8.6      H      mg/mmol         <2.5

LIPIDS (fasting): Cholesterol 4.9 mmol/L (<5.5) | Triglycerides 2.3 H mmol/L (<2.0) |
HDL 0.92 L mmol/L (>1.0) | LDL (calc) 2.9 H mmol/L (target <1.8 for high CV risk)

LIVER FUNCTION: ALT 28 U/L (<40) | GGT 61 H U/L (<60) | ALP 84 U/L (30-110) | Bilirubin 11 umol/L (<20) |
Albumin 39 g/L (35-50)

FULL BLOOD COUNT: Hb 141 g/L (130-180) | WCC 7.8 x10^9/L (4.0-11.0) | Plt 212 x10^9/L (150-400) | MCV 91 fL

Comments:
eGFR 44 with albumin/creatinine ratio 8.6 mg/mmol is consistent with CKD stage G3a A2 if persistent for
more than 3 months (previous eGFR 47 in November 2020).
Urate 0.44 mmol/L is within the reference interval but above the treat-to-target goal of <0.36 mmol/L
recommended for patients with gout.
HbA1c 58 mmol/mol (7.5%) is above the individualised target of 53 mmol/mol (7.0%).
Mild isolated GGT elevation; interpret with alcohol history.
Validated by: Dr M. Fitzgerald, Chemical Pathologist
"""

_EN_SLEEP_STUDY_2021 = """\
WESTERN SLEEP CENTRE - Diagnostic Polysomnography (Level 1, attended)
Patient: Valdir A. Brenner   DOB 22/07/1957   Study date: 15-16/06/2021
Referring doctor: Dr S. Kearney. Reason for referral: loud snoring, witnessed apnoeas (reported by wife),
unrefreshing sleep and daytime sleepiness; background AF, HTN, COPD, T2DM.
Epworth Sleepiness Scale: 14/24. STOP-BANG: 6/8. BMI 31.2, neck circumference 44 cm.

Sleep architecture:
Lights out 22:41, lights on 06:12. Total recording time 451 min; total sleep time 362 min; sleep
efficiency 80%. Sleep onset latency 12 min; REM latency 118 min; wake after sleep onset 77 min.
Stages: N1 14%, N2 58%, N3 11%, REM 17%. Arousal index 38/h, predominantly respiratory.

Respiratory:
AHI total 34.2/h (supine 58.6/h; non-supine 17.0/h; REM 41.5/h).
Obstructive apnoeas 112, central apnoeas 6, mixed apnoeas 9, hypopnoeas 79.
Oxygen desaturation index (3%) 31/h. Baseline SpO2 93%, nadir 79%. Time with SpO2 below 90%: 48 min
(13% of total sleep time). No Cheyne-Stokes respiration. Snoring for 46% of total sleep time.

Cardiac: AF throughout, average ventricular rate 74 bpm; no pauses longer than 3 seconds.
Limbs: PLM index 4/h (not significant).

Summary / Interpretation:
Severe obstructive sleep apnoea (AHI 34.2/h) with marked positional (supine) predominance and significant
nocturnal hypoxaemia. In the setting of COPD, an overlap syndrome should be considered; a daytime arterial
blood gas is not indicated at present (resting SpO2 95%).

Recommendations:
1. Trial of auto-titrating CPAP (range 4 to 15 cmH2O) with nasal mask or nasal pillows; review the machine
download at 4 to 6 weeks.
2. Weight reduction; avoid alcohol within 3 hours of bedtime; avoid sedatives.
3. Advise against driving when drowsy; heavy vehicle licence holders must be assessed against the national
fitness-to-drive standards.
4. Positional therapy as an adjunct.

Reporting sleep physician: Dr Helen Tran, MBBS FRACP
"""

_EN_MEDICINES_REVIEW_2021 = """\
HOME MEDICINES REVIEW - Accredited Pharmacist Report
To: Dr Siobhan Kearney, Riverton Road Medical Centre
Patient: Mr Valdir Brenner, DOB 22/07/1957. Interview at home on 24/08/2021 (wife Marlene present).
Pharmacist: Declan Murphy, AACP accredited. Usual pharmacy: Leeming Village Pharmacy.

Current medicines (checked against packs, dispensing history and the 2020 discharge summary):
1. Apixaban 5 mg bd - taking; occasionally misses the evening dose while on FIFO swing.
2. Metoprolol succinate 47.5 mg mane.
3. Perindopril 2.5 mg mane (restarted at the lower dose in Sept 2020).
4. Metformin XR 500 mg, 2 tabs with the evening meal.
5. Empagliflozin 10 mg mane (started May 2021).
6. Allopurinol 200 mg daily.
7. Atorvastatin 40 mg nocte.
8. Tiotropium/olodaterol 2.5/2.5 mcg Respimat, 2 puffs mane.
9. Salbutamol 100 mcg MDI PRN - using 3 to 4 times a week.
10. OTC: ibuprofen 200 mg "a few times a month" for knee and hip aches; fish oil 1 g daily; glucosamine.
11. CPAP (auto-titrating) nightly since July 2021 - average use 5.2 h/night on the machine report.

Medication-related problems and recommendations:
1. NSAID use together with apixaban, an ACE inhibitor, an SGLT2 inhibitor and CKD: bleeding risk and
"triple whammy" kidney risk. Counselled to stop ibuprofen; advised paracetamol 1 g up to qid PRN (max 4 g
a day) for joint pain instead. Please reinforce.
2. Adherence: missed evening apixaban doses on site. A dose administration aid packed by the pharmacy and a
phone alarm at 19:00 were arranged.
3. Inhaler: Respimat technique poor (breathing in too fast, no breath-hold). Demonstrated and corrected;
patient then showed correct technique.
4. Apixaban dose check: age 64, weight 96 kg, creatinine 146 umol/L -
meets only one dose-reduction criterion, so 5 mg bd remains appropriate.
5. Glucosamine has little evidence of benefit, and fish oil may slightly increase bleeding risk with apixaban -
suggest stopping both.
6. Sick day plan: advised to withhold metformin, empagliflozin and perindopril if vomiting, diarrhoea or
unable to eat and drink; written plan given.
7. Vaccination: 13vPCV given Oct 2020; 23vPPV now due - recommend at next visit.

Declan Murphy, Consultant Pharmacist
"""

_EN_COLONOSCOPY_2021 = """\
FREMANTLE ENDOSCOPY CENTRE - Colonoscopy Report
Patient: BRENNER Valdir   DOB: 22/07/1957   Procedure date: 18/11/2021
Endoscopist: Dr Patrick Quinlan, Gastroenterologist   Anaesthetist: Dr L. Sato
Indication: Positive faecal immunochemical test (national bowel cancer screening program). No prior
colonoscopy.
Anticoagulation: apixaban withheld for 2 days (last dose morning of 16/11/2021).
Sedation: propofol 180 mg, fentanyl 50 mcg, administered by the anaesthetist. ASA 3.
Bowel preparation: Boston Bowel Preparation Scale 7/9 (2-2-3), adequate.
Extent: caecum reached, confirmed by appendiceal orifice and ileocaecal valve. Terminal ileum intubated for
5 cm and normal. Withdrawal time 14 minutes.

Findings:
1. Ascending colon: 14 mm flat polyp (Paris 0-IIa) with a cloud-like surface and a mucus cap. Removed by
cold snare piecemeal (2 pieces). Two clips placed on the resection base. Site tattooed distally.
2. Transverse colon: 9 mm sessile polyp (Paris 0-Is), regular pit pattern. Cold snare en bloc, retrieved.
3. Sigmoid colon: 5 mm sessile polyp, cold snare, retrieved.
4. Moderate sigmoid diverticulosis without inflammation.
5. Small non-bleeding internal haemorrhoids on retroflexion.
No complications.

Impression:
Three polyps removed, the largest 14 mm in the ascending colon, likely a sessile serrated lesion.
Sigmoid diverticulosis. Internal haemorrhoids.

Plan:
- Await histology; surveillance interval to be confirmed with the pathology (provisionally 3 years).
- Restart apixaban on 20/11/2021 if there is no bleeding.
- High-fibre diet. Report rectal bleeding, abdominal pain or fever.
"""

_EN_HISTOPATHOLOGY_2021 = """\
FREMANTLE ANATOMICAL PATHOLOGY
Histopathology Report   Accession: FAP21-H-08842
Patient: BRENNER, Valdir Antonio   DOB: 22/07/1957   Received: 18/11/2021   Reported: 23/11/2021
Clinician: Dr P. Quinlan   Copy to: Dr S. Kearney

Clinical notes: Positive FIT. (A) Ascending colon 14 mm flat polyp, piecemeal cold snare, ?SSL.
(B) Transverse colon 9 mm polyp. (C) Sigmoid 5 mm polyp.

MACROSCOPIC:
A. Labelled "ascending colon polyp". Two fragments of tan mucosa measuring 11 x 7 x 3 mm and 6 x 4 x 2 mm.
All embedded (A1-A2).
B. Labelled "transverse colon polyp". A polypoid fragment 9 x 7 x 4 mm. Bisected and all embedded (B1).
C. Labelled "sigmoid polyp". A single tan fragment, 5 mm in maximum dimension. All embedded (C1).

MICROSCOPIC:
A. Sections show colonic mucosa with serrated crypts showing basal dilatation, horizontal L-shaped and
inverted T-shaped crypt bases, and serration extending to the crypt base. No cytological dysplasia.
Piecemeal specimen; margins cannot be assessed.
B. Sections show a tubular adenoma with low-grade dysplasia.
No high-grade dysplasia or invasive malignancy. The deep and lateral margins appear clear of adenoma.
C. Sections show a hyperplastic polyp of microvesicular type. No dysplasia.

DIAGNOSIS:
A. Ascending colon: SESSILE SERRATED LESION without dysplasia. Margins not assessable (piecemeal).
B. Transverse colon: TUBULAR ADENOMA, low-grade dysplasia. Completely excised.
C. Sigmoid colon: HYPERPLASTIC POLYP.

Comment: A sessile serrated lesion of 10 mm or more places the patient in a higher-risk surveillance group;
a surveillance colonoscopy in 3 years is recommended.

Reported by: Dr Aoife Brennan, Anatomical Pathologist
"""

_EN_AUDIOLOGY_2022 = """\
CANNING HEARING CLINIC - Audiological Assessment Report
Client: Mr Valdir Brenner   DOB 22/07/1957   Date of assessment: 07/04/2022
Referred by: Dr S. Kearney (GP)   Audiologist: Niamh Gallagher, MAudSA (CCP)

Reason for referral: Progressive difficulty following conversation in background noise; wife reports the
television is too loud. Bilateral tinnitus (high-pitched, constant, worse at night). More than 30 years of
occupational noise exposure in mining (drill rigs, heavy machinery) with inconsistent hearing protection.
Recently retired. No otalgia, otorrhoea or vertigo.

Otoscopy: clear canals, intact tympanic membranes bilaterally.
Tympanometry: Type A bilaterally (normal middle ear pressure and compliance). Acoustic reflexes present.

Pure tone audiometry, air conduction (dB HL):
Freq (Hz)   250  500  1k  2k  3k  4k  6k  8k
Right        15   20  25  40  60  70  65  60
Left         15   20  30  45  65  75  70  65
Bone conduction thresholds agree with air conduction (no air-bone gap).
Notch at 4 kHz bilaterally, characteristic of noise-induced damage.

Speech audiometry: speech reception threshold 25 dB HL right, 30 dB HL left. Word recognition score 88%
right and 80% left at comfortable level. QuickSIN: SNR loss 7 dB (moderate difficulty in noise).

Summary:
Bilateral mild sloping to severe high-frequency sensorineural hearing loss, pattern consistent with noise
exposure and age. The slight left-sided asymmetry (5 to 10 dB) is not clinically significant.

Recommendations:
1. Bilateral receiver-in-canal hearing aids - 30-day trial fitted today.
2. Tinnitus management: sound enrichment at night and information counselling.
3. Hearing protection when using power tools; annual review.
4. ENT referral not required at this stage.
"""

_EN_REFERRAL_UROLOGY_2022 = """\
Riverton Road Medical Centre
12 Riverton Road, Riverton WA

20 September 2022

Mr Aidan Whelan
Urologist, Bull Creek Specialist Suites

Dear Mr Whelan,

Re: Mr Valdir Antonio BRENNER, DOB 22/07/1957

Thank you for seeing this 65-year-old retired geologist with a rising PSA. He has had yearly PSA checks at
his own request since 2018, as a paternal uncle had prostate cancer in his 70s.

PSA history:
- 06/2018: 2.9 ug/L
- 03/2020: 3.6 ug/L
- 03/2021: 4.1 ug/L
- 08/2022: 5.8 ug/L (free/total ratio 14%)
PSA velocity approx 1.7 ug/L/year over the last 18 months. MSU at the time of testing was clear, with no
recent instrumentation.
LUTS: mild nocturia x2, slightly reduced stream; IPSS 9. No haematuria, bone pain or weight loss.
DRE (13/09/2022): smooth, moderately enlarged prostate (approx 40-50 g), no discrete nodule, non-tender.

Background: COPD (GOLD 2), persistent AF on apixaban, T2DM, CKD G3a A2, gout, OSA on CPAP, HTN,
high-frequency hearing loss (hearing aids). s/p colonoscopy 2021 with removal of a sessile serrated lesion
and a tubular adenoma.
Medications: as per attached list. Please advise on peri-procedural apixaban management if a biopsy is
planned.

He and his wife plan to relocate to Porto Alegre, Brazil in early 2023. I would be grateful if the
assessment and an MRI could be done before he leaves, and for a letter he can take to his doctors there.

Kind regards,

Dr Siobhan Kearney MBBS FRACGP
"""

# --------------------------------------------------------------------------------------------------
# Portuguese documents (Porto Alegre, Rio Grande do Sul, 2023–2025)

_PT_CONSULTA_2023 = """\
Consultório Dr. Rogério Tedesco Klein - Clínica Médica - CRM-RS 21.487
Paciente: Valdir Antônio Brenner, 65a, masc.   Data: 14/02/2023

1ª consulta. Retornou ao Brasil em jan/2023 após 7 anos em Perth (Austrália). Traz resumos em inglês.

HD:
1. DPOC GOLD 2 (espirometria 2019), ex-tabagista 38 maços-ano
2. FA permanente, CHA2DS2-VASc 3 (HAS, DM, idade), anticoagulado
3. DM2 há 12 anos
4. HAS
5. DRC G3a A2
6. Gota - última crise há ~2 anos
7. SAOS grave em CPAP
8. PAC pneumocócica com internação em 08/2020
9. Pólipos colônicos ressecados (colono 11/2021)
10. PSA em ascensão (5,8 em 08/2022) - não chegou a fazer RM na Austrália
11. Perda auditiva neurossensorial bilateral, usa AASI

Em uso de: apixabana 5 mg 12/12h, succinato de metoprolol 50 mg/dia, perindopril 2,5 mg/dia, metformina XR
1 g/dia, empagliflozina 10 mg/dia, alopurinol 200 mg/dia, atorvastatina 40 mg/noite, tiotrópio+olodaterol
2 jatos/dia, salbutamol SOS.

QP: dor em quadril D há ~1 ano, piora nos últimos 3 meses, mecânica, claudica.
Refere dificuldade p/ calçar meia e entrar no carro. Usa dipirona SOS (parou ibuprofeno por orientação
da farmacêutica na Austrália).
Refere dispneia aos médios esforços (mMRC 2), estável. Nega exacerbações no último ano. Nega dor torácica,
síncope. Palpitações ocasionais. Nega sangramentos. Nictúria 2x.

EF: BEG, corado, eupneico. PA 152/90 mmHg, FC 88 bpm irregular, SpO2 94% aa. Peso 97 kg, alt 1,76 m,
IMC 31,3.
AR: MV diminuído difusamente, sibilos expiratórios esparsos.
ACV: ritmo irregular, BNF, sem sopros.
Quadril D: rotação interna muito limitada e dolorosa, Trendelenburg positivo à D.
MMII: sem edema, pulsos presentes.

Conduta:
- Solicito hemograma, creatinina, ureia, Na, K, glicemia, HbA1c, ác. úrico, perfil lipídico, TGO/TGP,
TSH, PSA total e livre, EAS, relação albumina/creatinina.
- RM multiparamétrica de próstata.
- Rx de bacia AP + perfil de quadril D; encaminho à ortopedia (quadril).
- Troco perindopril por losartana 50 mg/dia (perindopril caro e difícil de achar aqui).
- Verificar carteira de vacinação (trazer registro australiano).
- Retorno em 30 dias com exames.
"""

_PT_EXAMES_2023 = """\
LABORATÓRIO BIOANÁLISE GUAÍBA
Paciente: VALDIR ANTONIO BRENNER   Sexo: Masculino   Idade: 65 anos
Médico solicitante: Dr. Rogério Tedesco Klein - CRM-RS 21.487
Data da coleta: 27/02/2023 07:35   Liberado em: 28/02/2023

GLICOSE EM JEJUM
Material: plasma fluoretado   Método: enzimático (hexoquinase)
Resultado: 142 mg/dL   Valor de referência: 70 a 99 mg/dL

HEMOGLOBINA GLICADA (HbA1c)
Material: sangue total   Método: HPLC
Resultado: 7,8 %   Glicemia média estimada: 177 mg/dL
Referência: normal abaixo de 5,7 %; diabetes igual ou acima de 6,5 %

CREATININA
Resultado: 1,74 mg/dL   Valor de referência: 0,70 a 1,20 mg/dL
Taxa de filtração glomerular estimada (CKD-EPI 2021, sem coeficiente de raça): 42 mL/min/1,73 m²

UREIA
Resultado: 61 mg/dL   Valor de referência: 15 a 45 mg/dL

POTÁSSIO
Material: soro, sem hemólise   Método: eletrodo íon-seletivo
Resultado: 5,3 mEq/L   Valor de referência: 3,5 a 5,1 mEq/L

SÓDIO
Resultado: 140 mEq/L   Valor de referência: 136 a 145 mEq/L

ÁCIDO ÚRICO
Resultado: 7,9 mg/dL   Valor de referência: 3,4 a 7,0 mg/dL

PERFIL LIPÍDICO
Colesterol total 181 mg/dL; HDL 38 mg/dL; não-HDL 143 mg/dL; triglicerídeos 196 mg/dL;
LDL (Martin-Hopkins) 104 mg/dL - meta para muito alto risco: abaixo de 55 mg/dL

TGO (AST) 24 U/L; TGP (ALT) 31 U/L   TSH 2,1 µUI/mL (0,4 a 4,5)

HEMOGRAMA
Hemoglobina 13,4 g/dL (13,5 a 17,5); hematócrito 40,2 %; VCM 90 fL; leucócitos 7.450/mm³;
plaquetas 198.000/mm³

URINA TIPO I (EAS)
pH 5,5; densidade 1,020; proteínas: traços; glicose +++ (uso de iSGLT2); leucócitos 3 por campo;
hemácias 2 por campo; nitrito negativo.

RELAÇÃO ALBUMINA/CREATININA (amostra isolada de urina)
Resultado: 142 mg/g   Valor de referência: inferior a 30 mg/g

ANTÍGENO PROSTÁTICO ESPECÍFICO (PSA)
PSA total: 6,9 ng/mL (valor de referência para a idade: até 4,5 ng/mL)
PSA livre: 0,83 ng/mL
Relação PSA livre/total: 12 %

Responsável técnico: Dra. Elisa Maffei Rodrigues - CRF-RS 9.812
"""

_PT_RM_PROSTATA_2023 = """\
INSTITUTO DE RADIOLOGIA MENINO DEUS
RESSONÂNCIA MAGNÉTICA MULTIPARAMÉTRICA DA PRÓSTATA
Paciente: Valdir Antônio Brenner   Data do exame: 22/03/2023   Solicitante: Dr. Rogério T. Klein
Indicação clínica: PSA 6,9 ng/mL em ascensão (5,8 em 2022), relação livre/total de 12%. Toque retal sem
nódulos. Sem biópsias prévias.

Técnica:
Exame realizado em equipamento de 3,0 T, com bobina de superfície pélvica multicanal, sem bobina endorretal.
Sequências ponderadas em T2 nos planos axial, sagital e coronal, difusão (valores de b 0, 50, 1000 e b
calculado de 1500 s/mm²) com mapa de ADC e estudo dinâmico após injeção endovenosa de gadolínio
(gadoterato de meglumina, contraste macrocíclico, dose única; TFG de 42), conforme PI-RADS v2.1.

Achados:
Próstata com dimensões de 5,2 x 4,6 x 4,3 cm, volume estimado de 54 cm³. Densidade do PSA: 0,13 ng/mL/cm³.
Zona de transição aumentada, com nódulos de hiperplasia encapsulados, de aspecto típico, e leve impressão
na base vesical.
Zona periférica: área focal na região posterolateral esquerda do terço médio, medindo 0,9 cm, com hipossinal
moderado e mal definido em T2, restrição moderada à difusão (ADC de 880 µm²/s) e realce precoce focal no
estudo dinâmico. Escore de difusão 3, com estudo dinâmico positivo.
Cápsula prostática íntegra, sem sinais de extensão extraprostática. Feixes neurovasculares preservados.
Vesículas seminais simétricas, sem alterações.
Linfonodos: ausência de linfonodomegalias pélvicas.
Ossos: sem lesões focais suspeitas nos segmentos avaliados. Redução acentuada do espaço articular do
quadril direito, com osteófitos, parcialmente incluído no campo de visão.
Bexiga: paredes levemente espessadas e trabeculadas, compatível com esforço miccional.

Impressão:
1. Lesão na zona periférica posterolateral esquerda, terço médio, de 0,9 cm -
PI-RADS 4 (clinicamente significativa provável). Sugere-se biópsia dirigida (fusão).
2. Hiperplasia prostática.
3. Sem sinais de extensão extraprostática ou linfonodomegalias.
4. Achado incidental: coxartrose acentuada à direita.

Dr. Henrique Lorenzon Vieira - Radiologista - CRM-RS 26.044
"""

_PT_DESCRICAO_CIRURGICA_2024 = """\
HOSPITAL BENEFICENTE VILA ASSUNÇÃO - Centro Cirúrgico
DESCRIÇÃO CIRÚRGICA
Paciente: Valdir Antônio Brenner   Prontuário: 884213   Idade: 66 anos
Data: 12/03/2024   Início: 08h10   Término: 09h55
Cirurgião: Dr. Fabrício Lanzarin Bortolini (CRM-RS 28.113)   1º auxiliar: Dr. Tiago Weber
Anestesista: Dra. Carolina Mello Petry   Instrumentadora: Luana Severo
Diagnóstico pré-operatório: coxartrose primária avançada do quadril direito (Tönnis 3)
Diagnóstico pós-operatório: o mesmo
Cirurgia realizada: artroplastia total do quadril direito não cimentada
Anestesia: raquianestesia (bupivacaína pesada 0,5% 15 mg + morfina 80 mcg) e sedação leve.
Apixabana suspensa 72 h antes da cirurgia (TFG 38).
Antibioticoprofilaxia: cefazolina 2 g EV na indução. Ácido tranexâmico 1 g EV na indução.

Descrição:
Paciente em decúbito lateral esquerdo, com coxins de fixação. Antissepsia com clorexidina degermante e
alcoólica; colocação de campos estéreis.
Via de acesso posterolateral (Moore), incisão de 14 cm centrada no trocânter maior. Abertura da fáscia lata,
liberação dos rotadores externos curtos e capsulotomia posterior com reparo. Luxação posterior da cabeça
femoral. Osteotomia do colo femoral a 1,5 cm do trocânter menor. Cabeça femoral com extensa perda de
cartilagem e osteófitos marginais.
Acetábulo: retirada de osteófitos e do lábio degenerado; fresagem progressiva até 55 mm. Implantado
componente acetabular press-fit de 56 mm, fixado com 1 parafuso de 25 mm, inclinação de cerca de 40 graus e
anteversão de cerca de 20 graus. Inserto de polietileno altamente reticulado com ressalto de 10 graus.
Fêmur: preparo com raspas até o tamanho 12; haste não cimentada revestida de hidroxiapatita tamanho 12,
colo standard. Cabeça de cerâmica 36 mm, colo +0.
Teste de estabilidade satisfatório em flexão de 90 graus com rotação interna de 45 graus e em extensão com
rotação externa. Comprimento dos membros clinicamente igualado.
Reinserção da cápsula e dos rotadores com pontos transósseos. Fechamento por planos. Curativo estéril.
Sem dreno.
Sangramento estimado: 450 mL. Sem intercorrências.

Orientações pós-operatórias:
- Enoxaparina 40 mg SC 1x/dia, iniciar 12 h após o término da cirurgia; retomar apixabana 5 mg 12/12h no
2º PO (14/03) e então suspender a enoxaparina.
- Precauções de luxação (via posterior): não flexionar quadril > 90°, não cruzar as pernas, não rodar a perna
para dentro; coxim de abdução no leito.
- Carga total permitida conforme tolerância, com andador.
- Radiografia de controle no pós-operatório imediato.
"""

_PT_ENFERMAGEM_2024 = """\
HOSPITAL BENEFICENTE VILA ASSUNÇÃO
EVOLUÇÃO DE ENFERMAGEM - Unidade de Internação Cirúrgica, 4º andar, leito 412B
Paciente: Valdir Antônio Brenner, 66 anos   Data: 13/03/2024 - 1º PO de ATQ D   Turno: manhã (7h-13h)

Paciente consciente, orientado, comunicativo; usa aparelho auditivo bilateral (guardados em estojo na
gaveta durante o sono, conferidos com a esposa). Refere dor 4/10 na região operada, com alívio após dipirona
1 g EV às 8h. Dormiu com CPAP trazido de casa, sem intercorrências. Nega náuseas. Aceitou bem a dieta branda
para diabético.
SSVV: PA 138/82 mmHg, FC 92 bpm irregular, FR 18 irpm, Tax 37,1 °C, SpO2 93% em ar ambiente.
HGT 08h: 186 mg/dL - administradas 2 UI de insulina regular SC conforme escala.
Curativo na face lateral da coxa D com pequena quantidade de secreção serossanguinolenta, sem sinais
flogísticos; mantido curativo oclusivo com filme transparente.
Sonda vesical de demora retirada às 06h (instalada no intraoperatório); apresentou diurese espontânea às
10h40, 350 mL, amarelo-claro.
MMII: panturrilhas livres, pulsos pediosos palpáveis, perfusão preservada. Mantém coxim de abdução entre as
pernas.
Escala de Braden 16 (risco baixo para lesão por pressão); Morse 55 (alto risco de queda) - colocada pulseira
de risco de queda, grades elevadas, campainha ao alcance.
Primeira saída do leito com a fisioterapia às 11h: sentou na poltrona por 40 min e deambulou 6 m com andador.
Referiu tontura leve ao levantar; PA em ortostase 118/70 mmHg, melhorou após sentar.
Enoxaparina 40 mg SC aplicada às 21h do dia anterior, no abdome, conforme prescrição.

Plano: manter prevenção de quedas; controle glicêmico antes das refeições; estimular exercícios respiratórios
com incentivador (paciente com DPOC); observar curativo; comunicar tontura persistente.

Enf. Patrícia Goulart Scherer - COREN-RS 412.338
"""

_PT_FISIOTERAPIA_2024 = """\
FISIO BOM FIM - Reabilitação Ortopédica e Respiratória
EVOLUÇÃO FISIOTERAPÊUTICA - Sessão 8 de 20
Paciente: Valdir A. Brenner   Data: 18/04/2024
Diagnóstico clínico: PO de 5 semanas de ATQ D não cimentada
Fisioterapeuta: Bruna Dalla Rosa - CREFITO-5 221.904-F

Subjetivo: refere melhora importante da dor (EVA 2/10, apenas ao final do dia). Ainda dorme de barriga para
cima com travesseiro entre as pernas. Já sobe a escada de casa (14 degraus) com corrimão, um degrau por vez.
Queixa-se de "cansar as pernas" e de falta de ar ao caminhar uma quadra.

Objetivo:
- ADM quadril D: flexão 95°, abdução 30°, extensão 5°; rotação interna não testada (precaução).
- Força (escala MRC): abdutores de quadril D grau 3+, extensores 4, flexores 4; quadríceps D 4.
- Marcha com bengala à esquerda, discreto padrão de Trendelenburg compensado à D, cadência reduzida.
- TUG: 14,2 s (na avaliação inicial 21,5 s).
- Teste de caminhada de 6 minutos: 342 m, SpO2 mínima 89%, Borg de dispneia 5, FC máxima 118 bpm.
- Cicatriz íntegra, boa mobilidade, sem aderências.

Conduta na sessão:
- Exercícios ativo-assistidos e ativos de quadril; ponte bilateral; abdução em decúbito lateral E com
caneleira de 1 kg (3 x 12).
- Treino de marcha com bengala e de transferências (sentar e levantar de cadeira alta).
- Bicicleta ergométrica 10 min sem carga, com banco elevado.
- Treino de equilíbrio em apoio bipodal sobre superfície instável.
- Técnicas de conservação de energia e respiração com lábios semicerrados (DPOC).

Plano: progredir o fortalecimento de glúteo médio; desmame da bengala previsto em 2 a 3 semanas; sugerido
ao médico assistente encaminhamento para programa de reabilitação pulmonar.
"""

_PT_OFTALMOLOGIA_2024 = """\
INSTITUTO DE OLHOS TRÊS FIGUEIRAS
Consulta de pós-operatório - Dra. Mariana Koch Sartori - Oftalmologia - CRM-RS 30.552
Paciente: Valdir Antônio Brenner, 67 anos   Data: 07/10/2024

História: facectomia por facoemulsificação com implante de LIO dobrável no olho direito (OD) em 30/09/2024
(7º PO). Indicação: catarata nuclear 3+ e subcapsular posterior OD, com ofuscamento ao dirigir à noite.
Olho esquerdo com catarata nuclear 2+, cirurgia programada para jan/2025.
LIO OD: monofocal acrílica hidrofóbica +21,0 D, alvo emetropia. DM2, sem retinopatia no exame de 2023.
Em uso: colírio de moxifloxacino 0,5% 4x/dia e acetato de prednisolona 1% 4x/dia.

Queixas: visão "muito mais clara e com cores mais vivas" no OD; leve sensação de areia. Nega dor, baixa
visual ou moscas volantes.

Exame:
AV s/c: OD 20/25; OE 20/60
AV c/c: OE 20/40 (+1,25 -0,75 x 90)
Refração OD: -0,25 -0,50 x 180, com AV 20/20
PIO (Goldmann): OD 15 mmHg; OE 16 mmHg (às 10h)
Biomicroscopia OD: incisões autosselantes, Seidel negativo, córnea transparente, câmara anterior formada
com células 1+ (reação leve), LIO tópica e centrada no saco capsular.
Fundoscopia sob midríase: OD com mácula sem edema aparente, sem sinais de retinopatia diabética, escavação
0,4; OE com opacidade nuclear que dificulta detalhes, sem retinopatia diabética evidente.

Conduta: suspender moxifloxacino. Prednisolona em redução: 3x/dia por 1 semana, 2x/dia por 1 semana e
1x/dia por 1 semana. Lubrificante sem conservantes 4x/dia. Óculos definitivos após 30 dias. OCT de mácula
OD se houver queda da visão (risco de edema macular cistoide em diabético). Retorno em 3 semanas e
agendamento da facectomia do OE.
"""

_PT_NUTRICAO_2025 = """\
AMBULATÓRIO DE NUTRIÇÃO CLÍNICA - Consulta
Paciente: Valdir Antônio Brenner, 67 anos   Data: 11/02/2025
Nutricionista: Aline Fontoura Becker - CRN-2 14.776
Encaminhado por: Dr. Rogério T. Klein - DM2 descompensado, DRC G3b, obesidade, gota.

Anamnese alimentar:
Aposentado, mora com a esposa, que prepara as refeições. Churrasco 2x/semana (domingo e quarta), com
costela, linguiça e coração de galinha. Chimarrão diário pela manhã, sem açúcar. Pão francês 3 unidades/dia
com margarina e queijo. Arroz e feijão no almoço; pouca salada. Frutas: 1 por dia (banana). Refrigerante
comum nos fins de semana (cerca de 1 L) e cerveja, 3 latas aos sábados. Coloca sal no prato. Embutidos
frequentes (salame, mortadela).
Recordatório de 24 h estimado: 2.650 kcal; proteínas cerca de 1,5 g/kg de peso atual; sódio cerca de
4.800 mg.

Antropometria:
Peso 99,4 kg; altura 1,76 m; IMC 32,1 kg/m² (obesidade grau I). Circunferência da cintura 118 cm.
Peso há 2 anos: 97 kg. Bioimpedância: massa gorda 34%, massa magra 65,6 kg.
Exames recentes (01/2025): HbA1c 8,3%, creatinina 2,02 mg/dL, TFG 35, potássio 5,4, ácido úrico 8,6 mg/dL,
albuminúria 260 mg/g.

Diagnóstico nutricional: obesidade grau I, com excesso de sódio, purinas, proteína animal e açúcares simples.

Plano alimentar e orientações:
1. Meta energética de 1.900 kcal/dia; perda de 5 a 7% do peso em 6 meses.
2. Proteína 0,8 g/kg/dia, cerca de 65 g por dia, distribuída nas refeições.
3. Sódio abaixo de 2 g por dia (cerca de 5 g de sal): retirar saleiro da mesa, usar temperos naturais (alho,
cebola, ervas), evitar embutidos e temperos prontos.
4. Gota: reduzir vísceras (coração de galinha) e carne vermelha; suspender cerveja e refrigerante; água pelo
menos 2 L/dia, sem restrição hídrica.
5. Potássio elevado: cozinhar legumes e verduras em bastante água e desprezar a água;
limitar banana a 3x/semana; preferir maçã, pera e abacaxi.
6. Churrasco: trocar costela e linguiça por cortes magros (maminha, patinho), porção de 120 g, sempre com
salada.
7. Chimarrão liberado, sem açúcar.
Retorno em 6 semanas com novo recordatório alimentar.
"""

_PT_ENCAMINHAMENTO_NEFRO_2025 = """\
ENCAMINHAMENTO
De: Clínica Médica - Dr. Rogério Tedesco Klein (CRM-RS 21.487)
Para: Nefrologia - Dra. Juliana Sperb Hoffmann
Porto Alegre, 20 de maio de 2025

Prezada colega,

Encaminho o Sr. Valdir Antônio Brenner, 67 anos, geólogo aposentado, para avaliação e acompanhamento
conjunto de doença renal crônica em progressão, de provável etiologia diabética e hipertensiva.

Evolução da TFG (CKD-EPI):
- 03/2021 (Austrália): 44 mL/min/1,73 m²
- 02/2023: 42
- 03/2024: 38
- 01/2025: 35
- 05/2025: 31 (creatinina 2,21 mg/dL)
Albuminúria: 142 mg/g (02/2023), 260 mg/g (01/2025) e 318 mg/g (05/2025).
Potássio entre 5,4 e 5,6 mEq/L nos últimos exames. Bicarbonato 20 mEq/L. Hb 12,1 g/dL.
PTH 98 pg/mL, 25-OH vitamina D 19 ng/mL.
USG de rins e vias urinárias (04/2025): rins de dimensões normais (RD 10,4 cm, RE 10,1 cm), com afilamento
cortical difuso e aumento da ecogenicidade, sem hidronefrose ou cálculos.
Teve episódio de IRA pré-renal em 2020, durante internação por pneumonia.

Comorbidades: DM2, HAS, FA permanente anticoagulada, DPOC GOLD 2, SAOS em CPAP, gota, obesidade,
ATQ D (03/2024), adenocarcinoma de próstata ISUP 1 (Gleason 3+3) em vigilância ativa desde 2023.

Medicações atuais: losartana 50 mg/dia, empagliflozina 10 mg/dia, metformina XR 500 mg 2x/dia (reduzida em
01/2025), linagliptina 5 mg/dia, apixabana 5 mg 12/12h, metoprolol 50 mg/dia, alopurinol 200 mg/dia,
atorvastatina 40 mg/dia, tiotrópio/olodaterol, salbutamol SOS.

Dúvidas:
1. Manter ou suspender a metformina com TFG de 31?
2. Manejo da hipercalemia: seria possível usar quelante de potássio para manter o BRA?
3. Ajuste de dose da apixabana (creatinina > 1,5, idade < 80, peso > 60 kg)?
4. Reposição de vitamina D e correção da acidose metabólica.
5. Vacinação contra hepatite B (anti-HBs negativo) e orientação sobre terapia renal substitutiva no futuro.

Atenciosamente,
Dr. Rogério Tedesco Klein
"""

_PT_RECEITUARIO_2025 = """\
RECEITUÁRIO
Dr. Rogério Tedesco Klein - Clínica Médica - CRM-RS 21.487
Rua Dona Laura, 1200, sala 305 - Porto Alegre/RS

Paciente: Valdir Antônio Brenner
Data: 30/06/2025

USO ORAL
1. Apixabana 5 mg ---------------------------------- 60 comprimidos
Tomar 1 comprimido de 12 em 12 horas (8h e 20h). Não interromper sem orientação médica.
2. Succinato de metoprolol 50 mg -------------------- 30 comprimidos
Tomar 1 comprimido pela manhã.
3. Losartana potássica 50 mg ------------------------ 30 comprimidos
Tomar 1 comprimido pela manhã.
4. Empagliflozina 10 mg ----------------------------- 30 comprimidos
Tomar 1 comprimido pela manhã.
5. Linagliptina 5 mg -------------------------------- 30 comprimidos
Tomar 1 comprimido pela manhã.
6. Metformina XR 500 mg ----------------------------- 30 comprimidos
Tomar 1 comprimido no jantar (dose reduzida pela função renal).
7. Alopurinol 100 mg -------------------------------- 60 comprimidos
Tomar 2 comprimidos após o almoço.
8. Atorvastatina 40 mg ------------------------------ 30 comprimidos
Tomar 1 comprimido à noite.
9. Colecalciferol 50.000 UI ------------------------- 8 cápsulas
Tomar 1 cápsula por semana, aos domingos, por 8 semanas.
10. Bicarbonato de sódio 1 g (manipulado) ----------- 60 cápsulas
Tomar 1 cápsula de 12 em 12 horas.
11. Ciclossilicato de zircônio sódico 5 g ------------ 30 sachês
Tomar 1 sachê dissolvido em água 1x/dia, longe dos outros remédios (2 horas antes ou depois),
conforme orientação da nefrologia.
12. Colchicina 0,5 mg ------------------------------- 10 comprimidos
Em caso de crise de gota: tomar 1 comprimido 1x/dia, no máximo por 3 dias.

USO INALATÓRIO
13. Brometo de tiotrópio 2,5 mcg + olodaterol 2,5 mcg (Respimat) ----- 1 frasco
Inalar 2 jatos 1x/dia pela manhã.
14. Salbutamol 100 mcg spray ------------------------ 1 frasco
Inalar 2 jatos até 4x/dia se falta de ar, com espaçador.

Orientações: em caso de vômitos, diarreia ou jejum prolongado, suspender metformina, empagliflozina e
losartana e procurar atendimento médico.
"""

_PT_VACINAS_2025 = """\
UNIDADE DE SAUDE JARDIM ITU - SALA DE VACINAS
REGISTRO DE VACINACAO DO ADULTO E IDOSO (transcrito, inclui doses aplicadas na Australia)
Nome: Valdir Antonio Brenner   DN: 22/07/1957   CNS: 7002 0184 5521 907
Data da transcricao: 24/06/2025   Responsavel: tec. enf. Rosangela Pires

INFLUENZA
14/05/2019 (Perth); 2020, 2021 e 2022 (Australia, conforme certificado do registro australiano);
18/04/2023 trivalente; 22/04/2024 trivalente; 29/04/2025 trivalente, lote 250117.

COVID-19
2021: 2 doses AstraZeneca (Perth). 2022: reforco Pfizer bivalente (Perth).
05/2024: Spikevax XBB.1.5 (US). 04/2025: dose de reforco para 60 anos ou mais (US).

PNEUMOCOCICA
VPC13: 12/10/2020 (Perth)
VPP23: 15/11/2021 (Perth) - reforco da VPP23 agendado para 11/2026 (5 anos apos a primeira)

HERPES ZOSTER (vacina recombinante, clinica privada)
1a dose 09/08/2023; 2a dose 11/10/2023. Esquema completo.

DIFTERIA E TETANO
dTpa: 14/02/2023. Proxima dose de dT em 2033.

HEPATITE B
anti-HBs negativo (05/2025). Esquema de 4 doses iniciado: 1a dose 10/06/2025; proximas em 07/2025,
08/2025 e 12/2025. Dose dobrada (40 mcg) por DRC. Solicitar anti-HBs 1 a 2 meses apos a ultima dose.

VIRUS SINCICIAL RESPIRATORIO (clinica privada)
Arexvy 1 dose 20/05/2025.

FEBRE AMARELA
Febre amarela: dose unica 1998 (valida, nao necessita reforco).

Observacoes: paciente anticoagulado (apixabana) - vacinas IM aplicadas com agulha fina e compressao por
5 minutos, sem hematoma. Sem eventos adversos registrados.
"""

_PT_ATESTADO_2025 = """\
ATESTADO MÉDICO

Atesto, para fins de inscrição nas aulas de hidroginástica da Associação Recreativa Ipanema Sul, que o
Sr. Valdir Antônio Brenner, 68 anos, foi por mim examinado em 04/08/2025 e encontra-se
APTO para a prática de hidroginástica de intensidade leve a moderada, com as seguintes ressalvas:

- Portador de fibrilação atrial, em uso de anticoagulante: evitar atividades com risco de trauma ou queda na
borda da piscina; em caso de sangramento ou batida na cabeça, procurar atendimento.
- DPOC: manter o broncodilatador de resgate à beira da piscina; interromper a atividade em caso de falta de
ar intensa.
- Prótese total de quadril direito (2024): evitar flexão do quadril acima de 90 graus com rotação interna e
cruzamento das pernas; evitar pernada de nado peito.
- Diabetes: verificar glicemia capilar antes da aula; não praticar se < 100 mg/dL sem lanche ou > 250 mg/dL.
- Usa betabloqueador, o que limita a elevação da frequência cardíaca: controlar o esforço pela percepção,
preferir escala de Borg 11 a 13 (leve a um pouco intenso).
- Usa aparelhos auditivos, que devem ser retirados na piscina: o professor deve usar comunicação visual e
gestos.

Validade: 12 meses.

Porto Alegre, 04 de agosto de 2025.

Dr. Rogério Tedesco Klein
Clínica Médica - CRM-RS 21.487
"""

DOCUMENTS: dict[str, tuple[str, str, str]] = {
    "en_gp_note_2019": ("en", "clinical_note", _EN_GP_NOTE_2019),
    "en_spirometry_2019": ("en", "other", _EN_SPIROMETRY_2019),
    "en_chest_xray_2020": ("en", "imaging", _EN_CXR_2020),
    "en_discharge_pneumonia_2020": ("en", "discharge_summary", _EN_DISCHARGE_2020),
    "en_echocardiogram_2020": ("en", "imaging", _EN_ECHO_2020),
    "en_labs_2021": ("en", "lab_result", _EN_LABS_2021),
    "en_sleep_study_2021": ("en", "other", _EN_SLEEP_STUDY_2021),
    "en_medicines_review_2021": ("en", "other", _EN_MEDICINES_REVIEW_2021),
    "en_colonoscopy_2021": ("en", "other", _EN_COLONOSCOPY_2021),
    "en_histopathology_2021": ("en", "pathology", _EN_HISTOPATHOLOGY_2021),
    "en_audiology_2022": ("en", "other", _EN_AUDIOLOGY_2022),
    "en_referral_urology_2022": ("en", "referral", _EN_REFERRAL_UROLOGY_2022),
    "pt_consulta_2023": ("pt", "clinical_note", _PT_CONSULTA_2023),
    "pt_exames_2023": ("pt", "lab_result", _PT_EXAMES_2023),
    "pt_rm_prostata_2023": ("pt", "imaging", _PT_RM_PROSTATA_2023),
    "pt_descricao_cirurgica_2024": ("pt", "clinical_note", _PT_DESCRICAO_CIRURGICA_2024),
    "pt_enfermagem_2024": ("pt", "clinical_note", _PT_ENFERMAGEM_2024),
    "pt_fisioterapia_2024": ("pt", "clinical_note", _PT_FISIOTERAPIA_2024),
    "pt_oftalmologia_2024": ("pt", "clinical_note", _PT_OFTALMOLOGIA_2024),
    "pt_nutricao_2025": ("pt", "clinical_note", _PT_NUTRICAO_2025),
    "pt_encaminhamento_nefro_2025": ("pt", "referral", _PT_ENCAMINHAMENTO_NEFRO_2025),
    "pt_receituario_2025": ("pt", "prescription", _PT_RECEITUARIO_2025),
    "pt_vacinas_2025": ("pt", "other", _PT_VACINAS_2025),
    "pt_atestado_2025": ("pt", "other", _PT_ATESTADO_2025),
}

PAIRS: list[tuple[str, str, str, str]] = [
    # en_gp_note_2019
    ("en", "which joint did the gout attack involve in 2019", "en_gp_note_2019", "Acute gout R 1st MTPJ"),
    ("en", "when did he stop smoking?", "en_gp_note_2019", "quit 2012, approx 38 pack-years"),
    ("en", "family history of heart attack", "en_gp_note_2019", "father MI at 58"),
    ("pt", "dose de colchicina prescrita na crise de gota de 2019", "en_gp_note_2019",
     "2 tabs stat then 1 tab 1 hr later"),
    # en_spirometry_2019
    ("en", "what did the 2019 lung function test show?", "en_spirometry_2019",
     "Moderate obstructive ventilatory defect"),
    ("en", "reversibility after salbutamol on breathing test", "en_spirometry_2019",
     "no significant bronchodilator response"),
    ("en", "diffusing capacity", "en_spirometry_2019", "Gas transfer mildly reduced"),
    ("pt", "espirometria aprisionamento aéreo volume residual", "en_spirometry_2019",
     "Mild gas trapping (RV 131% predicted)"),
    # en_chest_xray_2020
    ("en", "was the heart enlarged on the chest x-ray?", "en_chest_xray_2020",
     "Heart size is at the upper limit of normal (CTR 0.5)"),
    ("en", "any bony abnormality on the chest film", "en_chest_xray_2020", "Degenerative change in the thoracic spine"),
    ("en", "what follow-up did the radiologist recommend after the pneumonia x-ray", "en_chest_xray_2020",
     "Recommend follow-up chest radiograph in 6 weeks"),
    ("pt", "calcificação da aorta na radiografia do tórax", "en_chest_xray_2020", "Aortic knuckle calcification"),
    # en_discharge_pneumonia_2020
    ("en", "what bug grew in the sputum culture", "en_discharge_pneumonia_2020",
     "Streptococcus pneumoniae, penicillin-susceptible"),
    ("en", "stroke risk score when the AF was first found", "en_discharge_pneumonia_2020",
     "CHA2DS2-VASc = 2 (HTN, DM)"),
    ("en", "highest creatinine during the pneumonia admission", "en_discharge_pneumonia_2020",
     "peak creatinine 188 umol/L, baseline ~120"),
    ("en", "oral steroid course for the COPD flare", "en_discharge_pneumonia_2020",
     "prednisolone 40 mg daily x 5 days"),
    ("pt", "quando foi iniciado o anticoagulante?", "en_discharge_pneumonia_2020",
     "commenced apixaban 5 mg bd on 13/08/2020"),
    # en_echocardiogram_2020
    ("en", "ejection fraction", "en_echocardiogram_2020", "LVEF (Simpson biplane) 54%"),
    ("en", "how fast is the flow across the aortic valve", "en_echocardiogram_2020",
     "mild sclerosis without stenosis (peak velocity 1.8 m/s)"),
    ("en", "left atrial volume indexed to body size", "en_echocardiogram_2020",
     "LA volume index 47 mL/m2 (severely dilated)"),
    ("pt", "ecocardiograma veia cava inferior", "en_echocardiogram_2020",
     "IVC 1.8 cm with more than 50% inspiratory collapse"),
    # en_labs_2021
    ("en", "uric acid on allopurinol - at goal?", "en_labs_2021",
     "above the treat-to-target goal of <0.36 mmol/L"),
    ("en", "is his diabetes control at target in 2021?", "en_labs_2021",
     "HbA1c 58 mmol/mol (7.5%) is above the individualised target"),
    ("en", "bad cholesterol 2021", "en_labs_2021", "LDL (calc) 2.9 H mmol/L"),
    ("pt", "HDL baixo no exame de sangue de 2021", "en_labs_2021", "HDL 0.92 L mmol/L"),
    # en_sleep_study_2021
    ("en", "daytime sleepiness score", "en_sleep_study_2021", "Epworth Sleepiness Scale: 14/24"),
    ("en", "lowest oxygen saturation overnight", "en_sleep_study_2021", "Baseline SpO2 93%, nadir 79%"),
    ("en", "how severe is his sleep apnea", "en_sleep_study_2021", "Severe obstructive sleep apnoea (AHI 34.2/h)"),
    ("pt", "pressão do CPAP recomendada no estudo do sono", "en_sleep_study_2021",
     "Trial of auto-titrating CPAP (range 4 to 15 cmH2O)"),
    # en_medicines_review_2021
    ("en", "what did the pharmacist suggest for joint pain instead of ibuprofen", "en_medicines_review_2021",
     "paracetamol 1 g up to qid PRN"),
    ("en", "is the apixaban dose right for his kidney function and weight", "en_medicines_review_2021",
     "meets only one dose-reduction criterion"),
    ("en", "CPAP adherence hours per night", "en_medicines_review_2021", "average use 5.2 h/night"),
    ("en", "fish oil supplement interaction", "en_medicines_review_2021",
     "fish oil may slightly increase bleeding risk with apixaban"),
    ("pt", "o farmacêutico conferiu a técnica da bombinha?", "en_medicines_review_2021", "Respimat technique poor"),
    # en_colonoscopy_2021
    ("en", "quality of bowel prep", "en_colonoscopy_2021", "Boston Bowel Preparation Scale 7/9"),
    ("en", "when to resume blood thinner after the colonoscopy", "en_colonoscopy_2021",
     "Restart apixaban on 20/11/2021"),
    ("en", "what sedation was used for the colonoscopy", "en_colonoscopy_2021", "propofol 180 mg, fentanyl 50 mcg"),
    ("pt", "a colonoscopia foi completa até o ceco?", "en_colonoscopy_2021",
     "caecum reached, confirmed by appendiceal orifice and ileocaecal valve"),
    # en_histopathology_2021
    ("en", "any high-grade dysplasia or cancer in the polyps?", "en_histopathology_2021",
     "No high-grade dysplasia or invasive malignancy"),
    ("en", "how big were the pieces of the piecemeal polyp specimen", "en_histopathology_2021",
     "11 x 7 x 3 mm and 6 x 4 x 2 mm"),
    ("en", "microscopic description of the ascending colon lesion", "en_histopathology_2021",
     "serrated crypts showing basal dilatation"),
    ("pt", "anatomopatológico do pólipo do cólon ascendente", "en_histopathology_2021",
     "SESSILE SERRATED LESION without dysplasia"),
    # en_audiology_2022
    ("en", "what kind of hearing loss does he have", "en_audiology_2022",
     "high-frequency sensorineural hearing loss"),
    ("en", "middle ear pressure test", "en_audiology_2022", "Type A bilaterally"),
    ("en", "ringing in the ears", "en_audiology_2022", "Bilateral tinnitus (high-pitched, constant, worse at night)"),
    ("pt", "audiometria sinal de perda por barulho", "en_audiology_2022", "Notch at 4 kHz bilaterally"),
    # en_referral_urology_2022
    ("en", "how fast is the PSA going up", "en_referral_urology_2022", "PSA velocity approx 1.7 ug/L/year"),
    ("en", "DRE findings", "en_referral_urology_2022", "smooth, moderately enlarged prostate"),
    ("en", "urinary symptoms prostate score", "en_referral_urology_2022",
     "mild nocturia x2, slightly reduced stream; IPSS 9"),
    ("en", "is he moving overseas?", "en_referral_urology_2022", "relocate to Porto Alegre, Brazil in early 2023"),
    ("pt", "histórico familiar de câncer de próstata", "en_referral_urology_2022",
     "paternal uncle had prostate cancer in his 70s"),
    # pt_consulta_2023
    ("pt", "limitações causadas pela dor no quadril", "pt_consulta_2023",
     "dificuldade p/ calçar meia e entrar no carro"),
    ("pt", "troca do remédio de pressão", "pt_consulta_2023", "Troco perindopril por losartana 50 mg/dia"),
    ("pt", "grau de falta de ar", "pt_consulta_2023", "dispneia aos médios esforços (mMRC 2)"),
    ("en", "blood pressure at the first visit in Brazil", "pt_consulta_2023", "PA 152/90 mmHg"),
    # pt_exames_2023
    ("pt", "hemoglobina glicada de fevereiro de 2023", "pt_exames_2023", "Resultado: 7,8 %"),
    ("pt", "por que deu açúcar na urina?", "pt_exames_2023", "glicose +++ (uso de iSGLT2)"),
    ("pt", "PSA livre", "pt_exames_2023", "PSA livre: 0,83 ng/mL"),
    ("pt", "anemia no hemograma de 2023", "pt_exames_2023", "Hemoglobina 13,4 g/dL (13,5 a 17,5)"),
    ("en", "potassium level February 2023", "pt_exames_2023", "Resultado: 5,3 mEq/L"),
    # pt_rm_prostata_2023
    ("pt", "classificação PI-RADS da lesão", "pt_rm_prostata_2023",
     "PI-RADS 4 (clinicamente significativa provável)"),
    ("pt", "tamanho da próstata na ressonância", "pt_rm_prostata_2023", "volume estimado de 54"),
    ("pt", "alteração da bexiga na RM", "pt_rm_prostata_2023", "paredes levemente espessadas e trabeculadas"),
    ("en", "seminal vesicles on the prostate MRI", "pt_rm_prostata_2023",
     "Vesículas seminais simétricas, sem alterações"),
    ("pt", "qual o próximo passo sugerido depois da ressonância da próstata?", "pt_rm_prostata_2023",
     "Sugere-se biópsia dirigida (fusão)"),
    # pt_descricao_cirurgica_2024
    ("pt", "tamanho da cabeça da prótese do quadril", "pt_descricao_cirurgica_2024", "Cabeça de cerâmica 36 mm"),
    ("pt", "quanto sangrou na cirurgia do quadril?", "pt_descricao_cirurgica_2024", "Sangramento estimado: 450 mL"),
    ("pt", "cuidados para não luxar a prótese logo após a operação", "pt_descricao_cirurgica_2024",
     "não cruzar as pernas, não rodar a perna"),
    ("en", "type of anaesthesia for the hip replacement", "pt_descricao_cirurgica_2024",
     "raquianestesia (bupivacaína pesada 0,5% 15 mg"),
    ("pt", "quando parou o anticoagulante antes da prótese de quadril?", "pt_descricao_cirurgica_2024",
     "Apixabana suspensa 72 h antes da cirurgia"),
    # pt_enfermagem_2024
    ("pt", "risco de queda na internação", "pt_enfermagem_2024", "Morse 55 (alto risco de queda)"),
    ("pt", "quando tiraram a sonda de urina?", "pt_enfermagem_2024", "Sonda vesical de demora retirada às 06h"),
    ("pt", "glicemia capilar no primeiro dia após a cirurgia", "pt_enfermagem_2024", "HGT 08h: 186 mg/dL"),
    ("en", "first time out of bed after hip surgery", "pt_enfermagem_2024", "deambulou 6 m com andador"),
    # pt_fisioterapia_2024
    ("pt", "distância percorrida em seis minutos", "pt_fisioterapia_2024", "Teste de caminhada de 6 minutos: 342 m"),
    ("pt", "força dos músculos do quadril operado", "pt_fisioterapia_2024", "abdutores de quadril D grau 3+"),
    ("pt", "quando vai largar a bengala?", "pt_fisioterapia_2024", "desmame da bengala previsto em 2 a 3 semanas"),
    ("en", "timed up and go improvement", "pt_fisioterapia_2024", "TUG: 14,2 s (na avaliação inicial 21,5 s)"),
    ("pt", "consegue subir escada depois da prótese?", "pt_fisioterapia_2024",
     "sobe a escada de casa (14 degraus) com corrimão"),
    # pt_oftalmologia_2024
    ("pt", "quando ele fez a cirurgia de catarata?", "pt_oftalmologia_2024",
     "no olho direito (OD) em 30/09/2024"),
    ("pt", "pressão dos olhos", "pt_oftalmologia_2024", "PIO (Goldmann): OD 15 mmHg; OE 16 mmHg"),
    ("pt", "diabetes afetou a retina? fundo de olho", "pt_oftalmologia_2024",
     "sem sinais de retinopatia diabética"),
    ("en", "which intraocular lens was implanted", "pt_oftalmologia_2024", "monofocal acrílica hidrofóbica +21,0 D"),
    ("pt", "quando pode trocar os óculos depois da catarata?", "pt_oftalmologia_2024",
     "Óculos definitivos após 30 dias"),
    # pt_nutricao_2025
    ("pt", "pode tomar chimarrão?", "pt_nutricao_2025", "Chimarrão liberado, sem açúcar"),
    ("pt", "quanta proteína por dia foi recomendada", "pt_nutricao_2025", "Proteína 0,8 g/kg/dia"),
    ("pt", "frutas com muito potássio", "pt_nutricao_2025", "limitar banana a 3x/semana"),
    ("pt", "com que frequência come churrasco", "pt_nutricao_2025", "Churrasco 2x/semana (domingo e quarta)"),
    ("en", "dietary advice for gout", "pt_nutricao_2025", "reduzir vísceras (coração de galinha)"),
    # pt_encaminhamento_nefro_2025
    ("pt", "ultrassom dos rins", "pt_encaminhamento_nefro_2025",
     "rins de dimensões normais (RD 10,4 cm, RE 10,1 cm)"),
    ("pt", "função dos rins piorando: valor mais recente da creatinina", "pt_encaminhamento_nefro_2025",
     "05/2025: 31 (creatinina 2,21 mg/dL)"),
    ("pt", "resultado da biópsia de próstata", "pt_encaminhamento_nefro_2025",
     "ISUP 1 (Gleason 3+3) em vigilância ativa desde 2023"),
    ("en", "vitamin D and parathyroid hormone levels", "pt_encaminhamento_nefro_2025",
     "PTH 98 pg/mL, 25-OH vitamina D 19 ng/mL"),
    ("en", "question to the kidney specialist about high potassium", "pt_encaminhamento_nefro_2025",
     "Manejo da hipercalemia"),
    # pt_receituario_2025
    ("pt", "horário do remédio para afinar o sangue", "pt_receituario_2025",
     "Tomar 1 comprimido de 12 em 12 horas (8h e 20h)"),
    ("pt", "como tomar a vitamina D", "pt_receituario_2025",
     "Tomar 1 cápsula por semana, aos domingos, por 8 semanas"),
    ("pt", "bombinha de alívio: quantos jatos por dia na receita de 2025", "pt_receituario_2025",
     "Inalar 2 jatos até 4x/dia se falta de ar, com espaçador"),
    ("en", "how to take the potassium binder", "pt_receituario_2025", "Tomar 1 sachê dissolvido em água 1x/dia"),
    ("pt", "colchicina se tiver crise de gota, receita de 2025", "pt_receituario_2025",
     "tomar 1 comprimido 1x/dia, no máximo por 3 dias"),
    # pt_vacinas_2025
    ("pt", "segunda dose da vacina contra cobreiro", "pt_vacinas_2025", "2a dose 11/10/2023"),
    ("pt", "vacina hepatite B dose para paciente renal", "pt_vacinas_2025", "Dose dobrada (40 mcg) por DRC"),
    ("pt", "vacina do vírus sincicial respiratório", "pt_vacinas_2025", "Arexvy 1 dose 20/05/2025"),
    ("en", "when is the next pneumococcal polysaccharide booster due", "pt_vacinas_2025",
     "reforco da VPP23 agendado para 11/2026"),
    ("en", "yellow fever shot", "pt_vacinas_2025", "Febre amarela: dose unica 1998"),
    # pt_atestado_2025
    ("pt", "pode fazer exercício na piscina?", "pt_atestado_2025", "APTO para a prática de hidroginástica"),
    ("pt", "glicemia antes da atividade física", "pt_atestado_2025",
     "não praticar se < 100 mg/dL sem lanche ou > 250 mg/dL"),
    ("pt", "como controlar a intensidade do exercício com betabloqueador", "pt_atestado_2025",
     "preferir escala de Borg 11 a 13"),
    ("en", "how long is the fitness certificate valid", "pt_atestado_2025", "Validade: 12 meses."),
    ("en", "hearing aids during swimming class", "pt_atestado_2025", "devem ser retirados na piscina"),
]


if __name__ == "__main__":
    failures = []
    for q_lang, question, name, answer in PAIRS:
        if q_lang not in ("en", "pt"):
            failures.append(f"bad question language {q_lang!r}: {question}")
        if name not in DOCUMENTS:
            failures.append(f"unknown document {name!r}: {question}")
            continue
        count = DOCUMENTS[name][2].count(answer)
        if count != 1:
            failures.append(f"answer occurs {count} times in {name}: {answer!r}")
    for name, (doc_lang, doc_type, text) in DOCUMENTS.items():
        if doc_lang not in ("en", "pt"):
            failures.append(f"bad document language {doc_lang!r}: {name}")
        if doc_type not in ("lab_result", "imaging", "clinical_note", "discharge_summary", "prescription",
                            "referral", "pathology", "other"):
            failures.append(f"bad document type {doc_type!r}: {name}")
    for failure in failures:
        print("FAIL", failure)
    for lang in ("en", "pt"):
        docs = sum(1 for d in DOCUMENTS.values() if d[0] == lang)
        pairs = [p for p in PAIRS if p[0] == lang]
        cross = sum(1 for p in pairs if DOCUMENTS.get(p[2], ("?",))[0] != lang)
        print(f"{lang}: {docs} documents, {len(pairs)} questions ({cross} about a document in the other language)")
    print(f"total: {len(DOCUMENTS)} documents, {len(PAIRS)} pairs; {'FAILED' if failures else 'all answers unique'}")
    raise SystemExit(1 if failures else 0)
