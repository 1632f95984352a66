"""Hand-written documents for the types the public corpus lacks (prescriptions, consent forms,
insurance papers, referrals, Portuguese imaging and exam reports), in English and Portuguese."""

from __future__ import annotations

LABELLED: list[tuple[str, str, str]] = [
    ("prescription", "rx_pt_1", """RECEITUÁRIO
Paciente: M. S. O.
Uso oral
1. Losartana potássica 50 mg ------ 30 comprimidos
   Tomar 1 comprimido pela manhã.
2. Sinvastatina 20 mg ------ 30 comprimidos
   Tomar 1 comprimido à noite.
Dr. Paulo Ramos — CRM-SP 123456
São Paulo, 12/03/2026"""),
    ("prescription", "rx_pt_2", """Receita de controle especial
Identificação do emitente: Clínica Vida, CRM 55443
Paciente: J. A.   Endereço: Rua das Flores, 100
Prescrição: Clonazepam 2 mg — 1 caixa (20 comprimidos)
Posologia: 1/2 comprimido à noite, por 30 dias.
Assinatura do médico"""),
    ("prescription", "rx_pt_3", """Prescrição médica
Amoxicilina 500 mg cápsulas — tomar 1 cápsula de 8 em 8 horas por 7 dias.
Dipirona 500 mg — 1 comprimido de 6/6h se dor ou febre.
Uso contínuo: metformina 850 mg 2x ao dia após as refeições."""),
    ("prescription", "rx_en_1", """PRESCRIPTION
Patient: R. Miller   DOB: 04/11/1957
Rx: Atorvastatin 40 mg tablets
Sig: Take one tablet by mouth once daily at bedtime.
Dispense: 90 tablets   Refills: 3
Prescriber: Dr. Anne Cole, MD   DEA# AC1234567"""),
    ("prescription", "rx_en_2", """Rx
Lisinopril 10 mg — take 1 tablet PO daily
Albuterol HFA inhaler — 2 puffs every 4-6 hours PRN wheeze
Dispense 1 inhaler, refills: 2
Signed, J. Patel, MD"""),
    ("consent_form", "consent_pt_1", """TERMO DE CONSENTIMENTO LIVRE E ESCLARECIDO
Eu, ____________________, declaro que fui informado(a) pelo médico sobre o procedimento de
colecistectomia videolaparoscópica, seus benefícios, riscos e alternativas, e autorizo sua realização.
Estou ciente de que posso revogar este consentimento a qualquer momento.
Assinatura do paciente: ____________   Testemunha: ____________   Data: ___/___/____"""),
    ("consent_form", "consent_pt_2", """Termo de consentimento informado para anestesia
Declaro que recebi explicações sobre a anestesia geral e seus riscos, incluindo náuseas, reações
alérgicas e, raramente, complicações graves. Autorizo a equipe de anestesiologia a realizar o procedimento.
Assinatura do responsável legal"""),
    ("consent_form", "consent_en_1", """INFORMED CONSENT FOR SURGERY
I, ______________, hereby authorize Dr. Smith and such assistants as may be selected to perform
a right total knee arthroplasty. The nature of the procedure, its risks and benefits, and alternative
treatments have been explained to me. I understand I may withdraw this consent before the procedure.
Patient signature: __________  Witness: __________  Date: ______"""),
    ("consent_form", "consent_en_2", """Consent Form — Release of Medical Information
I hereby authorize Riverside Clinic to release my medical records to the provider named below.
This authorization expires in 12 months. I may revoke it in writing at any time.
Signature of patient or legal representative: ____________"""),
    ("insurance_doc", "ins_pt_1", """GUIA DE SERVIÇO PROFISSIONAL / SERVIÇO AUXILIAR DE DIAGNÓSTICO E TERAPIA - SP/SADT
Registro ANS: 123456   Número da guia no prestador: 998877
Operadora: Saúde Total Planos de Saúde
Número da carteira do beneficiário: 0001 2345 6789 0012
Nome do contratado: Clínica Vida   Código na operadora: 5544
Procedimento solicitado: 40304361 Hemograma completo   Quantidade: 1"""),
    ("insurance_doc", "ins_pt_2", """Autorização prévia - Convênio
Beneficiário: A. C. S.   Plano de saúde: Empresarial Plus   Carteirinha: 7788 9900 1122
Solicitação de autorização para ressonância magnética de joelho.
Status: AUTORIZADO   Senha: 45XZ-88   Validade da guia: 30 dias"""),
    ("insurance_doc", "ins_en_1", """EXPLANATION OF BENEFITS — THIS IS NOT A BILL
Member ID: XJH123456789   Group number: 00451
Claim number: 2026-0412-7781   Provider: Lakeside Medical Group
Service date 04/02/2026  Billed $420.00  Plan discount $180.00  Plan paid $190.00  Your copay $50.00"""),
    ("insurance_doc", "ins_en_2", """Prior Authorization Request
Health plan: BlueRiver Insurance   Policy number: BR-88213
Member: T. Gomez   Member ID: 55102934
Requested service: MRI lumbar spine without contrast. Diagnosis code M54.5.
Insurer decision: approved for one study within 60 days."""),
    ("referral", "ref_pt_1", """ENCAMINHAMENTO
Ao Serviço de Cardiologia
Prezado colega, encaminho a paciente M. L., 62 anos, hipertensa e diabética, com dor torácica atípica
e ECG com alterações inespecíficas de repolarização. Solicito avaliação e conduta.
Atenciosamente, Dra. Carla Nunes — Clínica Médica"""),
    ("referral", "ref_pt_2", """Solicitação de parecer — Endocrinologia
Paciente com hipotireoidismo de difícil controle apesar de levotiroxina 150 mcg. Peço parecer quanto ao
ajuste terapêutico. Grato pela atenção."""),
    ("referral", "ref_en_1", """REFERRAL LETTER
Dear Dr. Hughes,
Thank you for seeing Mr. K. Brown, a 47-year-old man whom I am referring to your gastroenterology clinic
for evaluation of iron-deficiency anemia and intermittent melena. Please evaluate for endoscopy.
Sincerely, Dr. L. Carter, Family Medicine"""),
    ("imaging", "img_pt_1", """RADIOGRAFIA DE TÓRAX PA E PERFIL
Técnica: incidências posteroanterior e perfil.
Achados: campos pulmonares com transparência preservada. Seios costofrênicos livres. Área cardíaca normal.
Impressão: exame radiológico do tórax sem alterações."""),
    ("imaging", "img_pt_2", """ULTRASSONOGRAFIA DE ABDOME TOTAL
Fígado de dimensões normais, contornos regulares e ecotextura homogênea. Vesícula biliar normodistendida,
sem cálculos. Rins tópicos, sem dilatação pielocalicial.
Impressão: ultrassonografia abdominal dentro dos limites da normalidade."""),
    ("exam_result", "exam_pt_1", """ELETROCARDIOGRAMA DE REPOUSO
Ritmo sinusal, frequência cardíaca de 72 bpm. Eixo elétrico normal. Intervalo PR 160 ms, QRS 90 ms.
Conclusão: eletrocardiograma dentro dos limites da normalidade."""),
    ("exam_result", "exam_pt_2", """LAUDO DE ENDOSCOPIA DIGESTIVA ALTA
Esôfago com calibre e mucosa normais. Estômago: enantema leve de antro. Duodeno sem alterações.
Realizada biópsia de antro para pesquisa de H. pylori.
Conclusão: gastrite enantematosa leve de antro."""),
]
