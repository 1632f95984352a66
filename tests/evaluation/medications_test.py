"""Medication extraction, test part: documents as a new medical center would send them, with gold medications.

Written blind (without reading `nlp/`, `service/` or `graph/`); never tune the extractor on its failures.

Each entry of `DOCUMENTS` is (name, language, document_type, text, gold):

language: "en" or "pt" (Brazilian Portuguese).
document_type: lab_report, clinical_note, discharge_summary, prescription, insurance_form,
    consent_form, admission_form, referral or other.
gold: every specific drug the text names as something the patient takes, took, is prescribed, had
    stopped, refused, or that is considered/denied as therapy, once per drug, as
    (generic name, English INN in lower case; the words exactly as written in the text).
    Not gold: drug classes ("anticoagulantes", "NSAIDs"), drugs named only as the cause of an
    allergy, lab analytes (potassium, vitamin B12, lithium level, digoxin level, insulin as a test…),
    vaccines, contrast media and sedation in general words, and non-drug products (test strips,
    pen needles, compression stockings). A supplement prescribed or taken as a drug (vitamin D3,
    ferrous sulfate, calcium carbonate, folic acid with methotrexate, potassium chloride) is gold.

Generic names used: the English INN where there is one ("paracetamol" for acetaminophen/Tylenol,
"salbutamol" for albuterol, "acetylsalicylic acid" for AAS/ASA/aspirin), and the names the brief fixes
("dipyrone", "insulin glargine"); "hyoscine butylbromide" for Buscopan, "colecalciferol" for vitamin D3,
"lithium carbonate" for Carbolitium/lithium carbonate.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------------------------------
# Lab reports
# ---------------------------------------------------------------------------------------------------

LAB_PT_BIOQUIMICA = """LABORATÓRIO ATLAS DE ANÁLISES CLÍNICAS
Rua Mercúrio, 412 – Vila Vitória – Campinas/SP – CNES 7012345

Paciente: Flora Gabriel dos Santos          Sexo: F     Idade: 58 anos
Médico solicitante: Dr. Norberto Ativo Lima – CRM/SP 98.765
Convênio: Plano Atlas Essencial              Protocolo: 24-031277
Coleta: 12/03/2024 07:42                     Material: soro / sangue total

EXAME                      RESULTADO        VALOR DE REFERÊNCIA
Sódio                      139 mEq/L        136 a 145 mEq/L
Potássio                   4,5 mEq/L        3,5 a 5,1 mEq/L
Cálcio total               9,3 mg/dL        8,6 a 10,3 mg/dL
Cálcio iônico              1,21 mmol/L      1,11 a 1,40 mmol/L
Magnésio                   1,9 mg/dL        1,6 a 2,6 mg/dL
Creatinina                 0,92 mg/dL       0,50 a 1,10 mg/dL
Ferro sérico               48 µg/dL  ↓      50 a 170 µg/dL
Ferritina                  22 ng/mL         15 a 150 ng/mL
Vitamina B12               312 pg/mL        197 a 771 pg/mL
Ácido fólico               9,8 ng/mL        superior a 3,9 ng/mL
Vitamina D 25-OH           18 ng/mL  ↓      30 a 100 ng/mL (população geral)
Colesterol HDL             52 mg/dL         superior a 40 mg/dL

Métodos: colorimétrico (eletrólitos, ferro, creatinina); quimioluminescência (ferritina, B12,
folato, vitamina D).
Resultados conferidos e liberados por: Dra. Norma Vitória Reis – CRF/SP 45.321
Data de liberação: 12/03/2024 16:10
"""

LAB_PT_HORMONIOS = """LABORATÓRIO FLORA DIAGNÓSTICOS – Unidade Jardim Vitória
Pedido nº 2024-118842          Data da coleta: 09/04/2024 07:15

Paciente: Mariana Prado Ativo        Sexo: Feminino      Idade: 34 anos
Solicitante: Dr. Gabriel Moura – Endocrinologia – CRM/MG 41.220

INFORMAÇÕES CLÍNICAS (preenchidas na recepção)
Jejum: 10 h    DUM: 02/04/2024
Medicamentos em uso: Puran T4 75 mcg em jejum; Glifage XR 500 mg 1 cp no jantar
Motivo: investigação de SOP / resistência insulínica

ENDOCRINOLOGIA                     RESULTADO          REFERÊNCIA
TSH                                2,10 µUI/mL        0,45 a 4,50
T4 livre                           1,18 ng/dL         0,70 a 1,80
Cortisol (8 h)                     14,2 µg/dL         6,2 a 19,4
Insulina basal                     18,4 µUI/mL        2,6 a 24,9
Glicose de jejum                   94 mg/dL           70 a 99
Índice HOMA-IR                     4,3  *             até 2,7
Testosterona total                 62 ng/dL  *        8 a 60
Estradiol                          88 pg/mL           fase folicular 12,5 a 166
SHBG                               31 nmol/L          18 a 144

(*) Resultado fora do intervalo de referência.
Método: eletroquimioluminescência. Assinatura eletrônica: Dra. Norma Castro – CRBM 8812
"""

LAB_PT_LITIO = """CENTRO DE DIAGNÓSTICO VITÓRIA
Monitoramento terapêutico de fármacos

Paciente: José Gabriel Menezes      Sexo: M     Idade: 47 anos     Prontuário: 558201
Solicitante: Dra. Helena Paiva – Psiquiatria – Ambulatório Norma Lúcia
Medicação em uso (informada pelo paciente): Carbolitium 450 mg 12/12h
Última tomada: 05/05/2024 às 21:00      Coleta: 06/05/2024 às 08:55

EXAME               RESULTADO        REFERÊNCIA
Lítio sérico        0,86 mEq/L       faixa terapêutica 0,6 a 1,2 mEq/L; tóxico acima de 1,5
Creatinina          1,02 mg/dL       0,70 a 1,30 mg/dL
Ureia               31 mg/dL         15 a 45 mg/dL
Sódio               141 mEq/L        136 a 145 mEq/L
Cálcio total        10,1 mg/dL       8,6 a 10,3 mg/dL
TSH                 5,8 µUI/mL  ↑    0,45 a 4,50 µUI/mL
T4 livre            0,92 ng/dL       0,70 a 1,80 ng/dL

Observação: a dosagem de lítio deve ser colhida 12 horas após a última dose. Coleta informada
dentro do intervalo recomendado.
Responsável técnico: Dr. Mário Atlas – CRF 30.114
"""

LAB_PT_DIGOXINA = """HOSPITAL SÃO GABRIEL – LABORATÓRIO CENTRAL
Setor solicitante: Enfermaria Clínica 3B – Leito 12        Atendimento: 2024/0071-334
Paciente: Antônia Mercúrio da Silva     Sexo: F     Idade: 82 anos
Dados clínicos: ICC + FA permanente; em uso de digoxina 0,125 mg/dia e Lasix 40 mg/dia.
Náuseas e FC 48 bpm.
Coleta: 18/07/2024 06:30

Digoxina sérica ........ 2,4 ng/mL     (0,5 – 2,0)   VALOR CRÍTICO
   Comunicado ao Enf. Gabriel Ativo às 07:12, lido e confirmado.
Potássio ............... 3,1 mEq/L     (3,5 – 5,1)   BAIXO
Magnésio ............... 1,5 mg/dL     (1,6 – 2,6)   BAIXO
Sódio .................. 134 mEq/L     (136 – 145)
Creatinina ............. 1,68 mg/dL    (0,50 – 1,10)
Ureia .................. 78 mg/dL      (15 – 45)
Peptídeo natriurético (NT-proBNP) .. 4.820 pg/mL  (< 450)

Nota: coleta para digoxina realizada mais de 6 h após a última dose.
Bioquímica responsável: Dra. Flora Nascimento – CRBM 5521
"""

LAB_EN_CMP = """NORTHGATE CLINICAL LABORATORIES
2200 Mercury Blvd, Suite 140, Victoria, TX 77901     CLIA 45D0987654

Patient: Victoria Atlas          DOB: 08/14/1971     Sex: F      MRN: 00458821
Ordering provider: Gabriel Mercer, MD        Insurance: Mercury Health Plan
Collected: 02/19/2024 07:35      Received: 02/19/2024 09:02      Fasting: Yes

COMPREHENSIVE METABOLIC PANEL       Result     Flag   Units      Reference
Sodium                              140               mmol/L     135-145
Potassium                           5.4        H      mmol/L     3.5-5.1
Chloride                            103               mmol/L     98-107
Carbon dioxide                      24                mmol/L     22-29
BUN                                 18                mg/dL      6-24
Creatinine                          1.12       H      mg/dL      0.57-1.00
eGFR                                58         L      mL/min/1.73m2   >59
Glucose                             101        H      mg/dL      70-99
Calcium                             9.8               mg/dL      8.7-10.2
Magnesium                           2.1               mg/dL      1.6-2.3
LIPID PANEL
Cholesterol, total                  212        H      mg/dL      100-199
HDL cholesterol                     44                mg/dL      >39
LDL cholesterol (calc)              138        H      mg/dL      0-99
Triglycerides                       150        H      mg/dL      0-149
IRON STUDIES
Iron                                61                ug/dL      27-159
TIBC                                310               ug/dL      250-450
Ferritin                            44                ng/mL      15-150

Comment: Specimen slightly hemolyzed; potassium may be falsely elevated. Suggest repeat.
"""

LAB_EN_INR = """RIVERBEND MEDICAL CENTER - OUTPATIENT LABORATORY
Patient: Dennis Okafor       DOB: 11/02/1948      Sex: M      Acct: 7781203
Ordering: Norma Feld, NP - Anticoagulation Clinic
Collected: 06/03/2024 10:20

Requisition - clinical information
Indication: atrial fibrillation (no mechanical valve)
Current medications: warfarin 5 mg daily except 2.5 mg Mon/Fri
Target INR: 2.0-3.0

COAGULATION
Prothrombin time           28.4 sec        (11.0-13.5)     H
INR                        2.6             (0.9-1.1)       H   therapeutic range 2.0-3.0
CHEMISTRY / VITAMINS
Vitamin D, 25-hydroxy      24 ng/mL        (30-100)        L
Vitamin B12                205 pg/mL       (232-1245)      L
Folate, serum              6.1 ng/mL       (>3.0)
TSH                        3.44 uIU/mL     (0.45-4.50)
Cortisol, AM               11.9 ug/dL      (6.2-19.4)
Creatinine                 1.05 mg/dL      (0.76-1.27)

Results reviewed by: Atlas Pathology Group. Electronically signed 06/03/2024 15:47.
"""

# ---------------------------------------------------------------------------------------------------
# Insurance / health-plan forms
# ---------------------------------------------------------------------------------------------------

INS_PT_SADT = """GUIA DE SERVIÇO PROFISSIONAL / SERVIÇO AUXILIAR DE DIAGNÓSTICO E TERAPIA – SP/SADT
1 - Registro ANS: 41.987-6          2 - Nº Guia no Prestador: 00098123
3 - Nº Guia Principal: —            4 - Data da Autorização: 14/06/2024
5 - Senha: 77812390                 6 - Data de Validade da Senha: 14/07/2024
Operadora: Atlas Saúde S.A.

DADOS DO BENEFICIÁRIO
8 - Número da Carteira: 0 875 004512339 00 7     9 - Validade da Carteira: 31/12/2025
10 - Nome: Flora Vitória Nunes                   Plano: Atlas Ativo Enfermaria
Titular: Gabriel Nunes (beneficiária dependente – cônjuge)
12 - Atendimento a RN: Não

DADOS DO SOLICITANTE
13 - Contratado Solicitante: Clínica Ortopédica Mercúrio Ltda.
15 - Profissional Solicitante: Dr. Paulo Lopes – CRM-SP 112233 – CBO 225270

DADOS DA SOLICITAÇÃO
21 - Caráter do Atendimento: Eletivo     22 - Data da Solicitação: 12/06/2024
23 - Indicação Clínica: lombalgia crônica com irradiação para MIE há 4 meses, sem melhora com
fisioterapia e anti-inflamatórios. CID-10 M54.5
24 - Tabela 22 | 25 - Código 41101189 | 26 - RM - Coluna lombo-sacra | 27 - Qtde Solic. 1 | Qtde Aut. 1

Cobertura: procedimento coberto conforme Rol da ANS vigente. Sem coparticipação neste plano.
Autorização emitida por: Central de Regulação Atlas – analista Norma S.

Assinatura do Beneficiário ou Responsável: ______________________
"""

INS_PT_ALTO_CUSTO = """OPERADORA VIDA PLENA SAÚDE – ANS 35.221-4
FORMULÁRIO DE SOLICITAÇÃO DE AUTORIZAÇÃO – MEDICAMENTO DE USO DOMICILIAR

Beneficiário: Rogério Alves Batista          Carteirinha nº: VP 0042 7718 2231
Plano: Vida Plena Premium Apartamento       Titular: o próprio     Situação: Ativo
Médico assistente: Dra. Vitória Sampaio – Endocrinologia – CRM-RJ 61.908

Diagnóstico: Diabetes mellitus tipo 2 (CID-10 E11.9) e obesidade grau II (IMC 36,8 kg/m²)
HbA1c: 8,9% (15/02/2024)    Glicemia de jejum: 182 mg/dL

Medicamento solicitado: Ozempic 1 mg – 1 aplicação SC por semana – 1 caneta a cada 28 dias
Tempo de tratamento previsto: 12 meses

Tratamentos prévios e atuais:
- metformina 2 g/dia desde 2019 (mantida)
- Jardiance 25 mg/dia desde 2022 (mantido)
- gliclazida 60 mg/dia – suspensa em 2023 por hipoglicemias

Justificativa: controle glicêmico inadequado apesar de terapia dupla otimizada e mudança de
estilo de vida; benefício esperado em peso e risco cardiovascular.

PARECER DA AUDITORIA (uso da operadora)
( ) Autorizado   ( ) Negado   (X) Pendente de documentação
Observação: medicamento de uso domiciliar sem cobertura obrigatória pelo Rol da ANS; análise
conforme contrato e Norma Interna NI-032. Anexar relatório médico e exames dos últimos 90 dias.
"""

INS_PT_REEMBOLSO = """MERCÚRIO SAÚDE – PLANO DE SAÚDE
SOLICITAÇÃO DE REEMBOLSO DE DESPESAS MÉDICAS

Titular: Vitória Gabriel Ramos          CPF: ***.456.789-**
Beneficiário atendido: Lucas Ramos (dependente – filho)
Carteirinha: 0001.2234.5567-8          Plano: Mercúrio Flex Nacional     Status: Ativo

TIPO DE DESPESA
(X) Consulta eletiva   ( ) Exames   ( ) Terapias   ( ) Honorários cirúrgicos

Prestador: Dra. Norma Flores – Pediatria – CRM/RJ 55.441
Data do atendimento: 03/07/2024          Valor pago: R$ 450,00
Forma de pagamento: cartão de crédito

DADOS BANCÁRIOS PARA CRÉDITO (somente conta do titular)
Banco: 341   Agência: 0420   Conta corrente: 55012-3

Documentos anexos: (X) recibo/nota fiscal original  (X) pedido médico  ( ) relatório médico

Declaro que as informações são verdadeiras e que a despesa não foi reembolsada por outra operadora.
Prazo de reembolso: até 30 dias corridos após o recebimento da documentação completa.
Limite conforme tabela do plano; consultas em pediatria têm cobertura de reembolso integral até
o valor de referência.

Rio de Janeiro, 05/07/2024.      Assinatura do titular: ______________________
"""

INS_PT_DECLARACAO = """DECLARAÇÃO DE SAÚDE – PROPOSTA DE ADESÃO Nº 2024-0912
Operadora: Flora Saúde Ltda.     Produto: Plano Atlas Coletivo por Adesão – Enfermaria
Proponente titular: Marcos Vitório Dias     Data de nascimento: 12/10/1965
Dependentes: Sandra Dias (cônjuge)

Responda para o titular. Em caso de SIM, especifique.
1. Hipertensão arterial?                       (X) Sim  ( ) Não – desde 2012
2. Diabetes?                                   ( ) Sim  (X) Não
3. Doença do coração ou infarto prévio?        ( ) Sim  (X) Não
4. Colesterol alto?                            (X) Sim  ( ) Não
5. Doença renal, hepática ou pulmonar?         ( ) Sim  (X) Não
6. Câncer?                                     ( ) Sim  (X) Não
7. Doença psiquiátrica?                        ( ) Sim  (X) Não
8. Cirurgias prévias?                          (X) Sim – colecistectomia em 2015
9. Faz uso contínuo de algum medicamento?     (X) Sim
   Quais e dose: Losartana Potássica 50 mg 2x/dia; Sinvastatina 20 mg à noite; Omeprazol 20 mg em jejum
10. Está em tratamento ou investigação?        ( ) Sim  (X) Não

Cobertura Parcial Temporária (CPT): 24 meses para procedimentos de alta complexidade, leitos de
alta tecnologia e cirurgias relacionados às doenças preexistentes declaradas.
Entrevista qualificada com médico orientador: ( ) Sim (X) Não
Declaro que as informações acima são verdadeiras e completas.
"""

INS_EN_PRIOR_AUTH = """PRIOR AUTHORIZATION REQUEST - SPECIALTY PHARMACY
Health plan: Atlas Gold PPO (administered by Mercury Health)     Fax: 1-800-555-0143
Member ID: ATG-88412093      Group #: 55102      Subscriber: Daniel Flores (self)
Patient: Rosa Flores        DOB: 03/22/1979      Relationship to subscriber: spouse

Prescriber: Victoria Chen, MD - Rheumatology     NPI: 1234567893     Phone: (555) 201-8890

Drug requested: Humira 40 mg/0.4 mL pen - inject 40 mg SC every other week
Quantity: 2 pens per 28 days       Duration: 12 months       New start: Yes

Diagnosis: Seropositive rheumatoid arthritis, multiple sites (ICD-10 M05.79). CDAI 28 (high).

Step therapy / prior conventional DMARDs:
  - MTX 20 mg PO weekly x 14 months - discontinued 01/2024 (ALT 3x ULN)
  - hydroxychloroquine 200 mg BID - ongoing, inadequate response
  - sulfasalazine - stopped after 6 weeks (GI intolerance)
Concomitant medications: folic acid 1 mg daily; prednisone 5 mg daily

TB screening: QuantiFERON-TB Gold negative (01/15/2024). Hepatitis B surface antigen negative.

Coverage determination (plan use only): [ ] Approved  [ ] Denied  [ ] More information needed
Reviewer: ______________   Date: __________
"""

# ---------------------------------------------------------------------------------------------------
# Consent forms
# ---------------------------------------------------------------------------------------------------

CONSENT_PT_CONTRASTE = """HOSPITAL SANTA VITÓRIA – SERVIÇO DE DIAGNÓSTICO POR IMAGEM
TERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO – EXAME COM CONTRASTE IODADO

Paciente: Gabriel Atlas Ferreira        Idade: 61 anos      Prontuário: 330918
Exame: Tomografia computadorizada de abdome total com contraste endovenoso

Fui informado(a) de que o exame utiliza meio de contraste iodado por via endovenosa e que podem
ocorrer reações como sensação de calor, gosto metálico, náuseas, vômitos e urticária e, raramente,
reações graves (broncoespasmo, choque anafilático) ou piora da função dos rins. A equipe está
preparada para o atendimento dessas situações.

QUESTIONÁRIO
Reação prévia a contraste?   ( ) Sim  (X) Não
Asma ou alergias graves?     ( ) Sim  (X) Não
Doença renal?                ( ) Sim  (X) Não    Creatinina: 0,98 mg/dL (10/08/2024)
Diabetes?                    (X) Sim  ( ) Não
Faz uso de metformina?       (X) Sim  ( ) Não
Orientado a suspender por 48 h após o exame, conforme a Norma NR-IMG-07 da instituição.

Declaro que li e compreendi as informações, tive oportunidade de fazer perguntas e autorizo a
realização do exame e a administração do contraste.

Assinatura do paciente: ____________________   Data: 12/08/2024
Profissional responsável: Enf. Flora Mercúrio – COREN-SP 402.118
"""

CONSENT_PT_ANESTESIA = """TERMO DE CONSENTIMENTO INFORMADO PARA ANESTESIA
Hospital Aurora – Serviço de Anestesiologia

Paciente: Rosângela Vitória Pinto       Idade: 66 anos      Leito: 402-B
Procedimento proposto: colecistectomia videolaparoscópica
Técnica anestésica planejada: anestesia geral, podendo ser associada a sedação e analgesia
complementares, a critério do anestesiologista.

Fui esclarecido(a) sobre os riscos, entre eles: náuseas e vômitos, dor de garganta, rouquidão,
lesão dentária, reações alérgicas a medicamentos, broncoaspiração, alterações de pressão e ritmo
cardíaco e, muito raramente, complicações graves ou óbito.

AVALIAÇÃO PRÉ-ANESTÉSICA
ASA II. Comorbidades: fibrilação atrial paroxística, hipertensão arterial.
Medicações em uso: Xarelto 20 mg/dia – suspenso há 48 h conforme orientação da cardiologia;
Atenolol 50 mg – manter no dia da cirurgia com pequeno gole de água.
Alergias: dipirona (angioedema).
Jejum: 8 h para sólidos e 2 h para líquidos claros.
Via aérea: Mallampati II.

Autorizo a realização do ato anestésico e das medidas necessárias ao meu tratamento.

Assinatura: ______________________    Data: 21/05/2024
Anestesiologista: Dr. Gabriel Moreira – CRM-PR 27.334
"""

CONSENT_PT_TRANSFUSAO = """TERMO DE CONSENTIMENTO PARA TRANSFUSÃO DE SANGUE E HEMOCOMPONENTES
Agência Transfusional – Hospital Municipal Vitória

Paciente: Flora Mercúrio Campos        Registro: 0091833       Tipagem: O positivo
Hemocomponentes possivelmente indicados: concentrado de hemácias, concentrado de plaquetas,
plasma fresco congelado, crioprecipitado.

Fui informado(a) de que a transfusão é indicada para o meu tratamento e que, apesar de todos os
testes realizados conforme a legislação vigente, existem riscos, como: reação febril, reação
alérgica, sobrecarga circulatória, lesão pulmonar aguda relacionada à transfusão (TRALI), reação
hemolítica e transmissão de infecções (risco residual muito baixo). Eventuais reações serão
tratadas pela equipe. Também fui informado(a) sobre alternativas, quando existentes, e sobre as
consequências de recusar a transfusão.

( X ) Autorizo a transfusão
(   ) Não autorizo a transfusão (recusa registrada em prontuário)

Assinatura do paciente ou responsável: ______________________
Médico responsável: Dr. Ativo Norberto Sales – CRM-ES 10.442
Testemunha: Gabriel Santos (técnico de enfermagem)
Vitória/ES, 02/09/2024
"""

CONSENT_EN_COLONOSCOPY = """INFORMED CONSENT FOR COLONOSCOPY WITH MODERATE SEDATION
Atlas Digestive Health Center - 45 Mercury Lane, Flora, IL

Patient: Norma Castillo        DOB: 05/17/1957       MRN: 220841

I authorize Dr. Aaron Flores and the assistants he chooses to perform a colonoscopy, with possible
biopsy and/or removal of polyps. The procedure will be performed under moderate sedation or
monitored anesthesia care; sedative and pain medicines will be given through an IV line.

Risks explained to me include bleeding (especially after polyp removal), perforation of the colon
(about 1 in 1,000), reaction to the sedation, aspiration, infection, and lesions being missed.
Alternatives: CT colonography, stool-based testing, or no testing.

Medication review (nurse): patient takes clopidogrel 75 mg daily for a coronary stent - held for
5 days before the procedure per cardiology (Dr. Mercer). Continues aspirin 81 mg daily.
Bowel preparation completed as instructed. NPO since midnight.

Interpreter used: No.
Patient signature: ____________________   Date/Time: 04/11/2024 07:50
Witness: Gabriel Ortiz, RN
"""

# ---------------------------------------------------------------------------------------------------
# Admission / registration forms
# ---------------------------------------------------------------------------------------------------

ADM_PT_PRONTO_ATENDIMENTO = """FICHA DE ADMISSÃO – PRONTO ATENDIMENTO
Hospital Aurora – Uberlândia/MG

Nome: Sebastião Vitória Pereira          Data de nascimento: 04/09/1951      Sexo: M
Endereço: Rua Mercúrio, 88, ap. 21 – Bairro Atlas – Uberlândia/MG – CEP 38400-000
Telefone: (34) 9 9812-0000
Convênio: Plano Norma Saúde – Carteirinha 7781 0032 4417 – Titular: próprio – Situação: Ativo
Acompanhante/responsável: Gabriel Pereira (filho)

Chegada: 22/06/2024 14:05       Meio de chegada: veículo próprio
Motivo do atendimento: dor torácica em aperto há 2 horas, irradiada para braço esquerdo.

Medicamentos em uso: ( ) Nenhum  (X) Sim: Selozok 25 mg 1x/dia, AAS 100 mg após o almoço,
Rivotril 2 mg à noite
Alergias: ( ) Nega  (X) Sim: penicilina
Tabagismo: ex-tabagista (parou em 2010)

Classificação de risco (Manchester): LARANJA – atendimento em até 10 min
PA 158/94 mmHg   FC 92 bpm   SatO2 95%   Tax 36,4 °C   Dor 8/10
Enfermeira da triagem: Flora Andrade – COREN-MG 300.221
"""

ADM_PT_ENFERMAGEM = """ADMISSÃO DE ENFERMAGEM – UNIDADE DE INTERNAÇÃO 4º ANDAR
Paciente: Lúcia Flora Campos        Idade: 69 anos      Leito: 412      Convênio: SUS
Procedência: domicílio, via pronto-socorro      Data/hora: 30/08/2024 19:40
Diagnóstico de internação: celulite em membro inferior direito.

Sinais vitais: PA 132/80 mmHg, FC 88 bpm, FR 18 irpm, Tax 37,9 °C, SatO2 96% em ar ambiente.
Glicemia capilar: 214 mg/dL.

Antecedentes: DM2, hipotireoidismo, gastrite.
Medicamentos de uso domiciliar (trazidos pela família e entregues à farmácia):
Euthyrox 88 mcg em jejum; insulina glargina 20 UI SC às 22h; Pantozol 40 mg antes do café;
Dipirona 1 g VO se dor.
Nega uso de anticoagulantes.
Alergias: sulfa (exantema).

Dispositivos: AVP em MSE (20G), instalado em 30/08.
Escalas: Braden 15 (risco leve); Morse 45 (alto risco de queda) – orientada a solicitar ajuda.
Plano de cuidados: elevar MID, mensurar área de hiperemia, controle glicêmico 6/6h.
Enf. responsável: Gabriel Ativo Sousa – COREN 512.008
"""

ADM_EN_REGISTRATION = """NEW PATIENT REGISTRATION - VANTAGE FAMILY MEDICINE

Name: Harold J. Whitaker        DOB: 07/30/1949        Sex: Male
Address: 1820 Atlas Street, Norco, CA 92860          Phone: (951) 555-0188
Preferred language: English      Marital status: Widowed

Primary insurance: Mercury Health Plan - Medicare Advantage      Member ID: MHP-4471200
Subscriber: self       Secondary insurance: none
Emergency contact: Allegra Ruiz (daughter) - (951) 555-0144
Preferred pharmacy: Flora Pharmacy on Main St.

Reason for visit: establish care, blood pressure follow-up.
Current medications (name, dose, how often):
  Lisinopril 20 mg once a day
  Synthroid 100 mcg every morning
  ASA 81 mg daily
Allergies: sulfa drugs (rash); penicillin (hives)
Past surgeries: appendectomy (1972), right knee arthroscopy (2005)
Do you smoke? Former, quit 1990.   Alcohol: 1-2 beers/week

I authorize release of information necessary to process insurance claims.
Signature: ______________________   Date: 09/05/2024
"""

# ---------------------------------------------------------------------------------------------------
# Prescriptions
# ---------------------------------------------------------------------------------------------------

RX_PT_SIMPLES = """CLÍNICA FLORA – Endocrinologia e Metabologia
Av. Vitória, 1500, sala 304 – Vila Mercúrio – São Paulo/SP

RECEITUÁRIO
Paciente: Cláudio Nogueira Ativo
Data: 17/04/2024

USO ORAL
1. Glifage XR 500 mg ............................ 2 caixas
   Tomar 2 cp após o jantar.
2. Losartana Potássica 50 mg ................... 2 caixas
   Tomar 1 cp VO de 12/12h.
3. HCTZ 25 mg .................................. 1 caixa
   Tomar 1 cp pela manhã.
4. Sinvastatina 40 mg .......................... 1 caixa
   Tomar 1 cp à noite.

USO SUBCUTÂNEO
5. Ozempic 0,25 mg ............................. 1 caneta
   Aplicar 0,25 mg SC 1x/semana por 4 semanas; depois 0,5 mg 1x/semana.

MATERIAIS
- Agulhas para caneta 4 mm – 1 caixa
- Fitas para glicosímetro – 100 unidades

Retorno em 90 dias com HbA1c, perfil lipídico e creatinina.

Dr. Gabriel Atlas – CRM-SP 145.882 – Endocrinologia (RQE 77120)
"""

RX_PT_CONTROLE_ESPECIAL = """RECEITUÁRIO DE CONTROLE ESPECIAL
1ª via: farmácia   2ª via: paciente

IDENTIFICAÇÃO DO EMITENTE
Dra. Norma Vitória Sales – CRM-BA 23.918 – Psiquiatria
Consultório Atlas Saúde Mental – Rua Gabriel Soares, 77 – Salvador/BA

Paciente: Renata Lopes Mercúrio
Endereço: Travessa Flora, 12 – Salvador/BA

Prescrição:
1) Sertralina 50 mg ........................................ 60 comprimidos
   Posologia: 1 cp VO pela manhã por 7 dias, depois 2 cp pela manhã.
2) Quetiapina 25 mg ........................................ 30 comprimidos
   Posologia: 1 cp VO 1 h antes de dormir.
3) Lyrica 75 mg ............................................ 60 cápsulas
   Posologia: 1 cápsula VO de 12/12h.

Salvador, 08/08/2024                  ______________________
                                      Assinatura e carimbo

IDENTIFICAÇÃO DO COMPRADOR
Nome: ___________________  RG: ___________  Endereço: _______________________
IDENTIFICAÇÃO DO FORNECEDOR
Farmácia: _______________  Farmacêutico: _____________  Data: ___/___/____
"""

RX_EN_URGENT_CARE = """HARBOR URGENT CARE
3301 Mercury Ave, Victoria, TX 77904 (e-Prescription)

Patient: Liam O'Connell        DOB: 01/09/1990       Weight: 82 kg
Allergies: NKDA
Diagnosis: acute otitis media, left ear; nausea

Rx #1
Amoxicillin 500 mg capsule
Sig: take 1 capsule PO TID x 10 days
Disp: #30 (thirty)     Refills: 0

Rx #2
Ibuprofen 600 mg tablet
Sig: 1 tab PO q6h PRN pain, with food. Max 4 tabs/24 h.
Disp: #20      Refills: 0

Rx #3
Ondansetron ODT 4 mg
Sig: dissolve 1 tab on tongue q8h PRN nausea
Disp: #6       Refills: 0

Send to: Atlas Pharmacy #0412, 410 Flora Street
Prescriber: Gabriel Norman, PA-C      DEA on file      Signed electronically 03/28/2024 18:44
Substitution permitted.
"""

RX_EN_DIABETES = """PRESCRIPTION - ENDOCRINOLOGY CLINIC, AURORA MEDICAL GROUP
Patient: Maria Teresa Gutierrez      DOB: 12/04/1963      MRN: 9930217
Date: 10/15/2024          Allergies: codeine (nausea)

1. Metformin ER 500 mg tablet - take 2 tablets PO daily with supper. #180, RF x3
2. Jardiance 10 mg tablet - take 1 tablet PO every morning. #90, RF x3
3. Lantus SoloStar 100 units/mL pen - inject 22 units SC qhs. Titrate by 2 units every 3 days
   until fasting glucose 80-130. Disp 5 pens (15 mL), RF x2
4. Humalog KwikPen 100 units/mL - inject per correction scale before meals:
   151-200: 2 units; 201-250: 4 units; 251-300: 6 units; >300: 8 units and call clinic.
   Disp 3 pens, RF x2

Supplies: BD pen needles 32G 4 mm #200; glucose meter test strips #200 and lancets #200,
test 3-4 times a day (E11.65).

Continue home medications as listed in the after-visit summary. Follow-up in 3 months with A1c.
Prescriber: Victoria Lang, MD, NPI 1548293017
"""

# ---------------------------------------------------------------------------------------------------
# Clinical notes
# ---------------------------------------------------------------------------------------------------

NOTE_PT_CARDIO = """EVOLUÇÃO AMBULATORIAL – CARDIOLOGIA
Ambulatório Gabriel Mercúrio – Consulta de retorno – 25/06/2024

S: Paciente de 74 anos, IC com FE reduzida (FEVE 32%) e FA permanente. Refere melhora da
dispneia (NYHA II). Queixa de cefaleia frontal leve à tarde. Nega sangramentos. Nega uso de
anti-inflamatórios.
Em uso:
- Selozok 50 mg 1x/dia
- Xarelto 20 mg no jantar
- Atorvastatina 40 mg à noite
- Furosemida 40 mg pela manhã
- amiodarona 200 mg/dia (desde fev/2024)

O: PA 118/72 mmHg, FC 64 bpm irregular, sem edema de MMII, crepitações ausentes.
Exames (20/06): K 4,9 mEq/L; Cr 1,3 mg/dL; TSH 6,9 µUI/mL; NT-proBNP 980 pg/mL.

A: IC compensada. Hipotireoidismo subclínico provavelmente associado à amiodarona.

P:
1. Suspendo amiodarona; controle de FC com betabloqueador.
2. Iniciar Forxiga 10 mg 1x/dia pela manhã.
3. Manter demais medicações. Repetir função renal e potássio em 15 dias.
4. Plano de retorno em 2 meses com ECG.

Dr. Atlas Moreira – CRM-MG 39.201
"""

NOTE_PT_REUMATO = """CONSULTA – REUMATOLOGIA
Paciente: Helena Vitória Rocha, 52 anos     Data: 03/10/2024
Médica: Dra. Flora Nunes

Artrite reumatoide soropositiva há 6 anos. Em remissão clínica (DAS28-PCR 2,4).
Medicamentos atuais: MTX 15 mg/semana VO às segundas; ácido fólico 5 mg 1x/semana (na terça);
prednisona 5 mg/dia em desmame; hidroxicloroquina 400 mg/dia.
Alérgica a dipirona. Vacinas influenza e pneumocócica em dia.
Paciente recusou troca para leflunomida proposta na consulta anterior.

Exames (25/09/2024): Hb 12,8 g/dL; TGP 31 U/L; Cr 0,8 mg/dL; Cálcio 9,1 mg/dL;
Vitamina D 25-OH 18 ng/mL; PCR 3 mg/L.

Conduta:
- Manter MTX e hidroxicloroquina; reduzir prednisona para 2,5 mg/dia por 30 dias e suspender.
- Iniciar Vitamina D3 7.000 UI/semana (1 cp 1x/semana).
- Carbonato de cálcio 500 mg VO 2x/dia junto às refeições enquanto em uso de corticoide.
- Exame oftalmológico anual (hidroxicloroquina).
- Retorno em 3 meses com hemograma, TGO/TGP e creatinina.
"""

NOTE_EN_PRIMARY = """PRIMARY CARE FOLLOW-UP NOTE - Mercer Family Practice
Date: 05/08/2024      Provider: Gabriel Atlas, DO

CC: follow-up hypertension, hyperlipidemia, prediabetes.
HPI: 58 y/o M. Home BP 128-136/78-84. Reports ankle swelling resolved after amlodipine 5 mg was
stopped in March. Occasional heartburn. Denies NSAID use. No chest pain.

Current Medications:
1. atorvastatin 40 mg PO qhs
2. metoprolol succinate ER 50 mg PO daily
3. ASA 81 mg PO daily
4. omeprazole 20 mg PO daily PRN heartburn
Allergies: codeine (nausea/vomiting).

Labs 05/01: A1c 6.3%, LDL 92, HDL 38, TG 180, K 4.2, Cr 0.98.
Exam: BMI 33.1. BP 132/82. Lungs clear. No edema.

Assessment/Plan:
- HTN: controlled on current regimen; continue.
- Hyperlipidemia: continue statin.
- Prediabetes/obesity: discussed Ozempic for weight management; patient declined for now,
  prefers lifestyle program. Referred to Flora Wellness nutrition group.
- GERD: lifestyle measures; continue PRN PPI.
- Flu vaccine given today. RTC 6 months.
"""

NOTE_EN_PSYCH = """OUTPATIENT PSYCHIATRY - MEDICATION MANAGEMENT
Patient: Jennifer Alcott, 39 F       Date: 07/22/2024       Clinician: Norma Whitfield, PMHNP

Bipolar I disorder, most recent episode depressed, in partial remission.
Patient reports stable mood for 6 weeks, sleeping 7 h. She stopped sertraline on her own about
2 months ago ("made me feel wired"). Works at Allegra Bakery, now back to full-time shifts.

Medications:
- lithium carbonate 300 mg PO BID
- quetiapine 100 mg PO qhs

Labs (07/15): lithium level 0.8 mmol/L (12-h trough); TSH 3.9; creatinine 0.84; calcium 9.6.

MSE: calm, linear, euthymic, no SI/HI.

Plan:
1. Continue lithium carbonate and quetiapine at current doses.
2. Lamotrigine discussed as an add-on if depressive symptoms return; deferred for now.
3. Repeat lithium level, BMP and TSH in 3 months.
4. Safety plan reviewed. Follow-up in 6 weeks.
"""

NOTE_EN_ED_ASTHMA = """EMERGENCY DEPARTMENT NOTE - Victoria General Hospital
Patient: Marcus Atlas, 24 M       Arrival: 01/13/2024 02:10       Attending: Dr. Flora Kim

HPI: Asthma since childhood, 2 days of wheeze and cough after a viral URI. Using his rescue
inhaler every 2-3 hours. No prior intubations. Lives with mother on Mercury Road.
Home meds: albuterol HFA 2 puffs q4-6h PRN; Flovent 110 mcg 2 puffs BID (admits poor
adherence); Singulair 10 mg qhs.
Allergies: peanuts.

Exam: RR 24, SpO2 93% RA, diffuse expiratory wheeze, speaks in full sentences. Peak flow 55% of
predicted.

ED course: ipratropium nebulizer 0.5 mg x3 with albuterol, prednisone 40 mg PO given at 02:35.
Reassessed at 04:00: minimal wheeze, SpO2 97%, peak flow 78%.

Disposition: discharged home.
- prednisone 40 mg PO daily x 4 more days
- resume Flovent twice daily, rinse mouth after use
- albuterol as needed
Return precautions given. Influenza vaccine offered and given. Follow up with PCP in 1 week.
"""

# ---------------------------------------------------------------------------------------------------
# Discharge summaries
# ---------------------------------------------------------------------------------------------------

DISCHARGE_PT_PNEUMONIA = """RESUMO DE ALTA HOSPITALAR
Hospital Vitória – Clínica Médica – Atendimento 2024-55831
Paciente: Benedito Flora Ramos, 77 anos     Internação: 02/02/2024     Alta: 10/02/2024
Médico assistente: Dr. Gabriel Norma Tavares

Diagnóstico principal: pneumonia adquirida na comunidade (J18.9).
Secundários: ICC descompensada (FEVE 35%), DM2, HAS.

Evolução: tratado com ceftriaxona 2 g EV 1x/dia por 7 dias e azitromicina 500 mg VO 1x/dia por
5 dias, com melhora clínica e radiológica. Profilaxia de TEV com Clexane 40 mg SC 1x/dia.
Analgesia e antitérmico com Novalgina 1 g EV 6/6h se dor ou febre. Controle glicêmico com
Lantus 18 UI SC à noite. Glibenclamida suspensa por hipoglicemia na admissão (glicemia 48 mg/dL).
Potássio na alta 4,6 mEq/L; creatinina 1,2 mg/dL.

Prescrição de alta:
1. Losartana 50 mg – 1 cp 12/12h
2. Carvedilol 6,25 mg – 1 cp 12/12h
3. Espironolactona 25 mg – 1 cp pela manhã
4. Omeprazol 20 mg – 1 cp em jejum
5. Lantus – 18 UI SC às 22h
Orientações: dieta hipossódica; pesar-se diariamente; retornar se febre ou falta de ar.
Retorno no ambulatório de cardiologia em 15 dias.
"""

DISCHARGE_EN_HF = """DISCHARGE SUMMARY - Mercy Atlas Hospital, Cardiology Service
Patient: Evelyn Marsh, 81 F       Admitted: 03/04/2024       Discharged: 03/09/2024

Principal diagnosis: acute on chronic HFpEF exacerbation. Secondary: paroxysmal AF, CKD 3a.
Hospital course: diuresed with IV furosemide, net -4.2 L. Potassium 3.2 and magnesium 1.6 on
day 2: potassium repleted orally, magnesium with IV magnesium sulfate 2 g. INR labile on
warfarin (range 1.4-4.1); after discussion with patient and daughter (Victoria), switched to a DOAC.

DISCHARGE MEDICATIONS
NEW      Eliquis 5 mg PO BID (first dose given 03/09 08:00)
NEW      Klor-Con 20 mEq PO daily
CHANGED  furosemide 40 mg PO daily (was 20 mg)
CONTINUE carvedilol 12.5 mg PO BID
CONTINUE acetaminophen 650 mg PO q6h PRN pain (max 3 g/day)
STOP     warfarin - do not take; last dose 03/06

Labs at discharge: K 4.1, Mg 2.0, Cr 1.3, BNP 410.
Follow-up: Atlas Heart Clinic in 7 days with BMP; PCP Dr. Gabriel Stone in 2 weeks.
Daily weights; call if gain > 2 lb in a day or 5 lb in a week.
"""

DISCHARGE_EN_ANEMIA = """DISCHARGE SUMMARY - Internal Medicine, Aurora Flora Medical Center
Patient: Raymond Castillo, 66 M      Admission: 11/18/2024      Discharge: 11/21/2024

Reason for admission: symptomatic anemia (Hb 6.9 g/dL), melena x 1 week.
Work-up: ferritin 8 ng/mL, iron 25 ug/dL, TIBC 470, vitamin B12 150 pg/mL (low), folate 11.2
(normal), vitamin D 25-OH 22 ng/mL. EGD 11/19: two clean-based duodenal ulcers; H. pylori
biopsy pending. Likely NSAID- and antiplatelet-related.
Treatment: 1 unit PRBC; IV iron sucrose 200 mg x 3 doses; IV PPI then oral.
Hb at discharge 8.8 g/dL.

Discharge medications:
- pantoprazole 40 mg PO BID before meals x 8 weeks, then daily
- ferrous sulfate 325 mg PO every other day
- cyanocobalamin 1000 mcg IM monthly (first dose given 11/20)
- vitamin D3 2000 IU PO daily
- lisinopril 10 mg PO daily (unchanged)
Hold ASA until GI follow-up. Avoid NSAIDs.

Follow-up: GI clinic (Dr. Mercer) in 4 weeks for H. pylori results; CBC in 1 week.
"""

# ---------------------------------------------------------------------------------------------------
# Referrals
# ---------------------------------------------------------------------------------------------------

REFERRAL_PT_GASTRO = """ENCAMINHAMENTO – UBS Jardim Vitória
Ao Ambulatório de Gastroenterologia – Hospital Atlas

Encaminho a Sra. Marlene Gabriel Souza, 45 anos, com dispepsia e epigastralgia em queimação há
8 meses, com piora pós-prandial e distensão abdominal. Nega perda de peso, disfagia, vômitos ou
sangramento digestivo. Relata alteração do hábito intestinal; refere que "a flora intestinal
ficou desregulada" após antibiótico em janeiro.

Tratamentos realizados: fez uso de omeprazol 20 mg/dia por 8 semanas, sem melhora; atualmente em
uso de Pantoprazol 40 mg 1 cp em jejum há 3 meses e Buscopan 10 mg se cólica (uso esporádico).
Não usa AAS. Sorologia para H. pylori não realizada.

Exames: Hb 13,1 g/dL; ferritina 35 ng/mL; TSH normal; USG de abdome sem alterações.

Solicito avaliação especializada e endoscopia digestiva alta com pesquisa de H. pylori.
Plano de saúde: não possui (SUS).

Atenciosamente,
Dra. Norma Ativo Bastos – Medicina de Família e Comunidade – CRM-GO 18.220
"""

REFERRAL_EN_ENDO = """REFERRAL - ENDOCRINOLOGY
To: Victoria Atlas, MD, Endocrinology Associates
From: Gabriel Flora, MD, Mercury Internal Medicine           Date: 09/12/2024

Re: Thomas Greer, 52 M - low testosterone, fatigue

Dear Dr. Atlas,
I am referring Mr. Greer for evaluation of hypogonadism. He reports fatigue, low libido and
reduced morning erections for about a year. Two morning samples:
  Testosterone, total: 210 ng/dL (07/22) and 236 ng/dL (08/19)   [ref 264-916]
  Free testosterone: 4.1 ng/dL (low)   LH 2.1 mIU/mL   FSH 3.0   Prolactin 9.8
  Estradiol: 35 pg/mL   Cortisol AM: 14 ug/dL   Ferritin: 180   HbA1c 5.9%

He asks about testosterone replacement; I have not started AndroGel pending your evaluation and
a pituitary work-up if you feel it is indicated.

Current medications: tamsulosin 0.4 mg qhs; Lipitor 20 mg daily.
Allergies: none known.
PMH: BPH, hyperlipidemia, OSA on CPAP.

Thank you for seeing him.
Gabriel Flora, MD
"""

DOCUMENTS: list[tuple[str, str, str, str, list[tuple[str, str]]]] = [
    # ---- lab reports
    ("lab-pt-bioquimica-sem-medicacao", "pt", "lab_report", LAB_PT_BIOQUIMICA, []),
    (
        "lab-pt-hormonios-medicamentos-no-pedido",
        "pt",
        "lab_report",
        LAB_PT_HORMONIOS,
        [("levothyroxine", "Puran T4"), ("metformin", "Glifage XR")],
    ),
    ("lab-pt-litio-serico", "pt", "lab_report", LAB_PT_LITIO, [("lithium carbonate", "Carbolitium")]),
    (
        "lab-pt-digoxina-critica",
        "pt",
        "lab_report",
        LAB_PT_DIGOXINA,
        [("digoxin", "digoxina"), ("furosemide", "Lasix")],
    ),
    ("lab-en-cmp-lipids-iron", "en", "lab_report", LAB_EN_CMP, []),
    ("lab-en-inr-vitamins", "en", "lab_report", LAB_EN_INR, [("warfarin", "warfarin")]),
    # ---- insurance / health-plan forms
    ("ins-pt-guia-sadt-rm", "pt", "insurance_form", INS_PT_SADT, []),
    (
        "ins-pt-autorizacao-alto-custo",
        "pt",
        "insurance_form",
        INS_PT_ALTO_CUSTO,
        [
            ("semaglutide", "Ozempic"),
            ("metformin", "metformina"),
            ("empagliflozin", "Jardiance"),
            ("gliclazide", "gliclazida"),
        ],
    ),
    ("ins-pt-reembolso-consulta", "pt", "insurance_form", INS_PT_REEMBOLSO, []),
    (
        "ins-pt-declaracao-de-saude",
        "pt",
        "insurance_form",
        INS_PT_DECLARACAO,
        [
            ("losartan", "Losartana Potássica"),
            ("simvastatin", "Sinvastatina"),
            ("omeprazole", "Omeprazol"),
        ],
    ),
    (
        "ins-en-prior-authorization-biologic",
        "en",
        "insurance_form",
        INS_EN_PRIOR_AUTH,
        [
            ("adalimumab", "Humira"),
            ("methotrexate", "MTX"),
            ("hydroxychloroquine", "hydroxychloroquine"),
            ("sulfasalazine", "sulfasalazine"),
            ("folic acid", "folic acid"),
            ("prednisone", "prednisone"),
        ],
    ),
    # ---- consent forms
    ("consent-pt-contraste-iodado", "pt", "consent_form", CONSENT_PT_CONTRASTE, [("metformin", "metformina")]),
    (
        "consent-pt-anestesia",
        "pt",
        "consent_form",
        CONSENT_PT_ANESTESIA,
        [("rivaroxaban", "Xarelto"), ("atenolol", "Atenolol")],
    ),
    ("consent-pt-transfusao", "pt", "consent_form", CONSENT_PT_TRANSFUSAO, []),
    (
        "consent-en-colonoscopy-sedation",
        "en",
        "consent_form",
        CONSENT_EN_COLONOSCOPY,
        [("clopidogrel", "clopidogrel"), ("acetylsalicylic acid", "aspirin")],
    ),
    # ---- admission / registration forms
    (
        "adm-pt-pronto-atendimento",
        "pt",
        "admission_form",
        ADM_PT_PRONTO_ATENDIMENTO,
        [("metoprolol", "Selozok"), ("acetylsalicylic acid", "AAS"), ("clonazepam", "Rivotril")],
    ),
    (
        "adm-pt-admissao-enfermagem",
        "pt",
        "admission_form",
        ADM_PT_ENFERMAGEM,
        [
            ("levothyroxine", "Euthyrox"),
            ("insulin glargine", "insulina glargina"),
            ("pantoprazole", "Pantozol"),
            ("dipyrone", "Dipirona"),
        ],
    ),
    (
        "adm-en-new-patient-registration",
        "en",
        "admission_form",
        ADM_EN_REGISTRATION,
        [("lisinopril", "Lisinopril"), ("levothyroxine", "Synthroid"), ("acetylsalicylic acid", "ASA")],
    ),
    # ---- prescriptions
    (
        "rx-pt-receituario-simples-dm2",
        "pt",
        "prescription",
        RX_PT_SIMPLES,
        [
            ("metformin", "Glifage XR"),
            ("losartan", "Losartana Potássica"),
            ("hydrochlorothiazide", "HCTZ"),
            ("simvastatin", "Sinvastatina"),
            ("semaglutide", "Ozempic"),
        ],
    ),
    (
        "rx-pt-controle-especial",
        "pt",
        "prescription",
        RX_PT_CONTROLE_ESPECIAL,
        [("sertraline", "Sertralina"), ("quetiapine", "Quetiapina"), ("pregabalin", "Lyrica")],
    ),
    (
        "rx-en-urgent-care-erx",
        "en",
        "prescription",
        RX_EN_URGENT_CARE,
        [("amoxicillin", "Amoxicillin"), ("ibuprofen", "Ibuprofen"), ("ondansetron", "Ondansetron")],
    ),
    (
        "rx-en-diabetes-insulin",
        "en",
        "prescription",
        RX_EN_DIABETES,
        [
            ("metformin", "Metformin ER"),
            ("empagliflozin", "Jardiance"),
            ("insulin glargine", "Lantus"),
            ("insulin lispro", "Humalog"),
        ],
    ),
    # ---- clinical notes
    (
        "note-pt-cardiologia-retorno",
        "pt",
        "clinical_note",
        NOTE_PT_CARDIO,
        [
            ("metoprolol", "Selozok"),
            ("rivaroxaban", "Xarelto"),
            ("atorvastatin", "Atorvastatina"),
            ("furosemide", "Furosemida"),
            ("amiodarone", "amiodarona"),
            ("dapagliflozin", "Forxiga"),
        ],
    ),
    (
        "note-pt-reumatologia",
        "pt",
        "clinical_note",
        NOTE_PT_REUMATO,
        [
            ("methotrexate", "MTX"),
            ("folic acid", "ácido fólico"),
            ("prednisone", "prednisona"),
            ("hydroxychloroquine", "hidroxicloroquina"),
            ("leflunomide", "leflunomida"),
            ("colecalciferol", "Vitamina D3"),
            ("calcium carbonate", "Carbonato de cálcio"),
        ],
    ),
    (
        "note-en-primary-care",
        "en",
        "clinical_note",
        NOTE_EN_PRIMARY,
        [
            ("amlodipine", "amlodipine"),
            ("atorvastatin", "atorvastatin"),
            ("metoprolol", "metoprolol succinate"),
            ("acetylsalicylic acid", "ASA"),
            ("omeprazole", "omeprazole"),
            ("semaglutide", "Ozempic"),
        ],
    ),
    (
        "note-en-psychiatry-med-management",
        "en",
        "clinical_note",
        NOTE_EN_PSYCH,
        [
            ("sertraline", "sertraline"),
            ("lithium carbonate", "lithium carbonate"),
            ("quetiapine", "quetiapine"),
            ("lamotrigine", "Lamotrigine"),
        ],
    ),
    (
        "note-en-ed-asthma",
        "en",
        "clinical_note",
        NOTE_EN_ED_ASTHMA,
        [
            ("salbutamol", "albuterol"),
            ("fluticasone", "Flovent"),
            ("montelukast", "Singulair"),
            ("ipratropium", "ipratropium"),
            ("prednisone", "prednisone"),
        ],
    ),
    # ---- discharge summaries
    (
        "discharge-pt-pneumonia-icc",
        "pt",
        "discharge_summary",
        DISCHARGE_PT_PNEUMONIA,
        [
            ("ceftriaxone", "ceftriaxona"),
            ("azithromycin", "azitromicina"),
            ("enoxaparin", "Clexane"),
            ("dipyrone", "Novalgina"),
            ("insulin glargine", "Lantus"),
            ("glibenclamide", "Glibenclamida"),
            ("losartan", "Losartana"),
            ("carvedilol", "Carvedilol"),
            ("spironolactone", "Espironolactona"),
            ("omeprazole", "Omeprazol"),
        ],
    ),
    (
        "discharge-en-heart-failure",
        "en",
        "discharge_summary",
        DISCHARGE_EN_HF,
        [
            ("furosemide", "furosemide"),
            ("potassium chloride", "Klor-Con"),
            ("magnesium sulfate", "magnesium sulfate"),
            ("warfarin", "warfarin"),
            ("apixaban", "Eliquis"),
            ("carvedilol", "carvedilol"),
            ("paracetamol", "acetaminophen"),
        ],
    ),
    (
        "discharge-en-gi-bleed-anemia",
        "en",
        "discharge_summary",
        DISCHARGE_EN_ANEMIA,
        [
            ("iron sucrose", "iron sucrose"),
            ("pantoprazole", "pantoprazole"),
            ("ferrous sulfate", "ferrous sulfate"),
            ("cyanocobalamin", "cyanocobalamin"),
            ("colecalciferol", "vitamin D3"),
            ("lisinopril", "lisinopril"),
            ("acetylsalicylic acid", "ASA"),
        ],
    ),
    # ---- referrals
    (
        "referral-pt-gastro-dispepsia",
        "pt",
        "referral",
        REFERRAL_PT_GASTRO,
        [
            ("omeprazole", "omeprazol"),
            ("pantoprazole", "Pantoprazol"),
            ("hyoscine butylbromide", "Buscopan"),
            ("acetylsalicylic acid", "AAS"),
        ],
    ),
    (
        "referral-en-endocrinology-hypogonadism",
        "en",
        "referral",
        REFERRAL_EN_ENDO,
        [("testosterone", "AndroGel"), ("tamsulosin", "tamsulosin"), ("atorvastatin", "Lipitor")],
    ),
]


if __name__ == "__main__":
    from collections import Counter

    TYPES = {
        "lab_report",
        "clinical_note",
        "discharge_summary",
        "prescription",
        "insurance_form",
        "consent_form",
        "admission_form",
        "referral",
        "other",
    }
    problems: list[str] = []
    names = [name for name, *_ in DOCUMENTS]
    for duplicate in sorted({n for n in names if names.count(n) > 1}):
        problems.append(f"duplicate document name {duplicate!r}")
    by_type: Counter[str] = Counter()
    by_language: Counter[str] = Counter()
    meds_by_type: Counter[str] = Counter()
    meds_by_language: Counter[str] = Counter()
    for name, language, document_type, text, gold in DOCUMENTS:
        if language not in {"en", "pt"}:
            problems.append(f"{name}: language {language!r}")
        if document_type not in TYPES:
            problems.append(f"{name}: document type {document_type!r}")
        if not 300 <= len(text) <= 2000:
            problems.append(f"{name}: {len(text)} characters (must be 300-2000)")
        generics = [generic for generic, _ in gold]
        if len(set(generics)) != len(generics):
            problems.append(f"{name}: a generic name is listed twice")
        for generic, written in gold:
            if generic != generic.lower():
                problems.append(f"{name}: generic {generic!r} is not lower case")
            if written not in text:
                problems.append(f"{name}: {written!r} ({generic}) does not occur in the text")
        by_type[document_type] += 1
        by_language[language] += 1
        meds_by_type[document_type] += len(gold)
        meds_by_language[language] += len(gold)

    print("documents / gold medications per document type:")
    for document_type in sorted(by_type):
        documents, medications = by_type[document_type], meds_by_type[document_type]
        print(f"  {document_type:<18} {documents:>3} documents  {medications:>3} medications")
    print("documents / gold medications per language:")
    for language in sorted(by_language):
        print(f"  {language:<18} {by_language[language]:>3} documents  {meds_by_language[language]:>3} medications")
    print(f"total: {len(DOCUMENTS)} documents, {sum(meds_by_type.values())} gold medications")
    if problems:
        print("PROBLEMS:")
        for problem in problems:
            print("  " + problem)
        raise SystemExit(1)
    print("all gold strings occur in their texts")
