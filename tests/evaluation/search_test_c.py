"""Passage-search evaluation, TEST part C (held out).

Written blind on 2026-11-27, without reading nlp/, service/, graph/ or the other search parts
(search_dev.py, search_test.py, search_test_b.py). This part is held out and never to be tuned on: do not
change the search because of a pair here, and do not edit these pairs to suit the search. The developers
see only its overall recall, never the outcome of any one question.

Every patient, clinician, institution, date and value here is invented.

The record: Davi Henrique Moreira Campos, a boy now 15 (born 09/05/2011 in Belo Horizonte), followed since
early childhood for type 1 diabetes (diagnosed in DKA in 01/2015) and asthma. His family lived in
Manchester, UK, from 08/2021 to 08/2023. The English documents come from there: NHS GP notes, a paediatric
diabetes clinic letter (MDI, plan for a t:slim X2 pump with Control-IQ), the insulin pump start plan, a
dietitian letter, a right forearm X-ray and fracture clinic letter (football injury, 05/2022), an A&E
attendance for severe hypoglycaemia after a match (10/2022), the school individual healthcare plan, a CAMHS
ADHD assessment summary (combined presentation, no medication started), and two pathology reports with
HbA1c in mmol/mol (07/2022 with negative coeliac screen; 05/2023 with positive tTG and EMA). The Portuguese
documents come from Belo Horizonte before and after: three paediatric endocrinology follow-ups with glucose
sensor summaries (2021, 2023, 2025), two insulin prescriptions (2023, 2025: back-up glargine at two doses),
two lab reports (01/2024 with celiac serology and iron deficiency; 02/2025 after the gluten-free diet), an
upper endoscopy with duodenal biopsy (Marsh 3b), a pulmonology note with spirometry, a psychology report,
an ophthalmology fundoscopy, a transcribed vaccination card and a school sports medical certificate.

DOCUMENTS: name → (language "en"|"pt", document_type, text).
PAIRS: (language of the question, question, document name, answer), where `answer` is a substring that
occurs exactly once in that document's text; the passage holding it is the expected hit.
"""

from __future__ import annotations

# --- Portuguese documents (Belo Horizonte) -------------------------------------------------------------

PT_ENDO_2021 = """CLÍNICA ENDOCRINOPEDIÁTRICA SAVASSI
Rua Antônio de Albuquerque, 1180 - sala 604 - Belo Horizonte/MG
Paciente: Davi Henrique Moreira Campos    DN: 09/05/2011 (10a)
Data: 15/06/2021    Retorno - endocrinologia pediátrica

S: DM1 desde 01/2015 (abertura em CAD aos 3a). Em MDI. Mãe refere hipoglicemias leves após o futebol, 2-3x/semana, sem perda de consciência. Asma em uso de beclometasona spray, sem crises no último semestre. Família muda-se para Manchester (Inglaterra) em 08/2021 - pai fará doutorado.
O: BEG, corado, hidratado. Peso 38,2 kg (P50), estatura 145 cm (P50). PA 100/62 mmHg, FC 84 bpm. Tanner G2P2. Locais de aplicação: lipo-hipertrofia leve em abdome à direita. Tireoide impalpável. AR: MV+ sem RA.

Resumo do sensor (FreeStyle Libre, 14 dias, 01 a 14/06/2021):
- Glicose média: 168 mg/dL
- GMI: 7,3%
- Tempo no alvo (70-180): 58%
- Acima de 180: 31% / acima de 250: 8%
- Abaixo de 70: 3% / abaixo de 54: 0%
- CV: 39%   Uso do sensor: 91%
Exames (05/2021): HbA1c 7,9%; TSH 2,4; anti-transglutaminase IgA não reagente.

Conduta:
1. Glargina (Lantus) 14 UI às 21h.
2. Asparte (NovoRapid) - relação insulina/carboidrato 1 UI:15 g nas refeições; fator de sensibilidade 1 UI:60 mg/dL; alvo 120 mg/dL.
3. Rodízio dos locais de aplicação (coxas e glúteos).
4. Lanche de 15 g de carboidrato antes do futebol.
5. Relatório em inglês para a equipe do NHS entregue à mãe.
Retorno após a volta ao Brasil ou por telemedicina.
Dra. Luciana Pimenta Rezende - CRM-MG 41.227
"""

PT_ENDO_2023 = """CLÍNICA ENDOCRINOPEDIÁTRICA SAVASSI - Belo Horizonte/MG
Paciente: Davi Henrique Moreira Campos    DN: 09/05/2011 (12a)
Data: 05/10/2023    Retorno (após 2 anos em Manchester, Reino Unido)

S: Retornou ao Brasil em 08/2023. Em SICI (bomba t:slim X2 com Control-IQ) desde 03/2022, com Dexcom G6. Trouxe documentos do NHS. Um episódio de hipoglicemia grave em 10/2022 após futebol (glucagon nasal, atendido em pronto-socorro). Fratura de antebraço D em 05/2022, consolidada. Diagnóstico de TDAH no CAMHS (06/2023), sem medicação. Sorologia celíaca positiva em 05/2023 (anti-tTG IgA 68 U/mL; EMA+), ainda em dieta com glúten. Nega diarreia; refere distensão abdominal ocasional e cansaço.
O: BEG, corado. Peso 49,8 kg (P50-75), estatura 158 cm, IMC 19,9. PA 108/68 mmHg, FC 80 bpm. Tanner G3P3. Locais de cateter sem lipo-hipertrofia.

Resumo do sensor (Dexcom G6, 14 dias, 20/09 a 03/10/2023):
- Glicose média: 156 mg/dL
- GMI: 7,0%
- Tempo no alvo (70-180 mg/dL): 68%
- Tempo acima (>180): 27%   >250: 6%
- Tempo abaixo (<70): 2%   <54: 0,4%
- CV: 34%   Uso do sensor: 96%   Control-IQ ativo 97% do tempo
Bomba: basal total 15,6 UI/dia; relação I:C 1:10 (café) e 1:11 demais refeições; FS 1:50 mg/dL.
HbA1c (Manchester, 05/2023): 53 mmol/mol = 7,0%.

HD: DM1 em SICI com controle adequado; suspeita de doença celíaca; TDAH; asma.
Conduta:
1. Mantidas as configurações da bomba.
2. Solicito anti-transglutaminase IgA, IgA total, antiendomísio, hemograma, ferritina, HbA1c, TSH, T4L, vitamina D, lipidograma, microalbuminúria.
3. Encaminho à gastropediatria para EDA com biópsia duodenal - manter glúten até o exame.
4. Encaminho à neuropediatria (TDAH).
5. Receita de insulinas e insumos entregue.
Dra. Luciana Pimenta Rezende - CRM-MG 41.227
"""

PT_RECEITA_2023 = """CLÍNICA ENDOCRINOPEDIÁTRICA SAVASSI - RECEITUÁRIO
Paciente: Davi Henrique Moreira Campos    Data: 05/10/2023

USO SUBCUTÂNEO
1. Insulina asparte 100 UI/mL (NovoRapid) - frasco 10 mL ......... 2 frascos/mês
   Uso em bomba de insulina (t:slim X2). Dose total diária aprox. 35 UI.
2. Insulina glargina 100 UI/mL (Lantus SoloStar) - caneta ....... 1 caixa
   Somente em caso de falha da bomba: aplicar 16 UI às 21h.
3. Insulina asparte (NovoRapid FlexPen) ......................... 1 caixa
   Em falha da bomba: 1 UI para cada 11 g de carboidrato + correção.
4. Agulhas para caneta 4 mm ...................................... 1 caixa
USO NASAL
5. Glucagon 3 mg pó nasal (Baqsimi) ............................. 1 unidade
   Hipoglicemia grave: 1 dose em uma narina.
INSUMOS
6. Cartuchos t:slim X2 3 mL ...................................... 10/mês
7. Conjuntos de infusão AutoSoft 90, cânula 6 mm ................. 10/mês
8. Sensores Dexcom G6 ............................................ 3/mês
   Transmissor Dexcom G6 ......................................... 1 a cada 3 meses
9. Fitas de glicemia capilar 100/mês + lancetas; fitas de cetonemia 10/mês

Dra. Luciana Pimenta Rezende - CRM-MG 41.227
"""

PT_LAB_2024 = """LABORATÓRIO PAMPULHA DIAGNÓSTICOS
Av. Otacílio Negrão de Lima, 3210 - Belo Horizonte/MG
Paciente: DAVI HENRIQUE MOREIRA CAMPOS    Sexo: M    DN: 09/05/2011
Solicitante: Dra. Luciana Pimenta Rezende    Coleta: 18/01/2024 07:45    Liberação: 23/01/2024

HEMOGLOBINA GLICADA (HbA1c) - HPLC ......... 7,2 %        VR: 4,0 a 5,6 %
GLICOSE DE JEJUM ............................ 142 mg/dL    VR: 70 a 99 mg/dL
ANTICORPO ANTITRANSGLUTAMINASE IgA ......... 92,4 U/mL    VR: inferior a 10,0 U/mL - REAGENTE
ANTICORPO ANTIENDOMÍSIO IgA (IFI) .......... REAGENTE - título 1:320
IgA TOTAL ................................... 138 mg/dL    VR: 52 a 220 mg/dL
HEMOGRAMA: Hemoglobina 11,9 g/dL (VR 12,0 a 16,0); VCM 75 fL (VR 78 a 95); RDW 15,8%; Leucócitos 6.300/mm³; Plaquetas 298.000/mm³
FERRITINA ................................... 11 ng/mL     VR: 22 a 322 ng/mL
VITAMINA D (25-OH) .......................... 19 ng/mL     VR: acima de 30 ng/mL (grupos de risco)
TSH ......................................... 2,6 µUI/mL   VR: 0,51 a 4,30
T4 LIVRE .................................... 1,18 ng/dL   VR: 0,9 a 1,8
COLESTEROL TOTAL 162 mg/dL | HDL 54 mg/dL | LDL 92 mg/dL | TRIGLICERÍDEOS 78 mg/dL
CREATININA .................................. 0,62 mg/dL   VR: 0,40 a 0,90
MICROALBUMINÚRIA (amostra isolada) ......... 8 mg/g de creatinina    VR: inferior a 30

Observação: anemia microcítica leve com ferritina baixa. Resultados conferidos e liberados por Dr. Hélio Barcelos Antunes - CRF-MG 19.330.
"""

PT_ENDOSCOPIA_2024 = """CENTRO DE ENDOSCOPIA MANGABEIRAS
LAUDO DE ENDOSCOPIA DIGESTIVA ALTA
Paciente: Davi Henrique Moreira Campos    Idade: 12 anos    Data: 22/02/2024
Indicação: sorologia positiva para doença celíaca (anti-tTG IgA 92,4 U/mL; EMA reagente). DM1 em bomba de insulina.
Preparo: jejum de 8 h; basal da bomba reduzida em 20% durante o jejum. Glicemia pré-procedimento 134 mg/dL.
Sedação: propofol 120 mg EV fracionado + lidocaína spray, por anestesiologista. Sem intercorrências.
Aparelho: videogastroscópio pediátrico 9,2 mm.

ACHADOS
Esôfago: mucosa de aspecto normal, sem sinais de esofagite eosinofílica.
Estômago: mucosa do antro com leve enantema. Pesquisa de H. pylori (teste da urease): negativo.
Duodeno: bulbo com mucosa em mosaico; segunda porção com redução e serrilhamento das pregas (scalloping).
Biópsias: 2 fragmentos do bulbo (frasco 1) e 4 fragmentos da segunda porção duodenal (frasco 2); 2 fragmentos de antro para urease.
Conclusão endoscópica: achados sugestivos de enteropatia (doença celíaca). Gastrite enantematosa leve de antro.

ANATOMOPATOLÓGICO (04/03/2024 - Dr. Gustavo Lemos Brandão, patologista)
Frasco 1 (bulbo): atrofia vilositária parcial; 38 linfócitos intraepiteliais/100 enterócitos.
Frasco 2 (2ª porção): atrofia vilositária subtotal com hiperplasia de criptas; linfocitose intraepitelial (52 LIE/100 enterócitos).
Conclusão: enteropatia compatível com doença celíaca, classificação de Marsh-Oberhuber 3b.

Endoscopista: Dra. Camila Torres Vasconcelos - Gastroenterologia Pediátrica - CRM-MG 52.904
"""

PT_PNEUMO_2024 = """CLÍNICA RESPIRAR BH - Pneumologia Pediátrica
Paciente: Davi Henrique Moreira Campos    DN: 09/05/2011 (13a)    Data: 16/05/2024
Motivo: asma - acompanhamento; tosse noturna e chiado aos esforços desde abril.
HPP: asma desde os 2 anos; DM1 (bomba de insulina); doença celíaca (dieta sem glúten desde 03/2024); TDAH. Na Inglaterra usava beclometasona (Clenil) 200 mcg 12/12h. Última crise com ida ao PS aos 9 anos. Rinite alérgica com espirros matinais.
Em uso: beclometasona 50 mcg spray 2 jatos 12/12h (uso irregular); salbutamol SOS 3x/semana; dispneia ao jogar futebol.
ACT: 17 (asma não controlada).
Exame: BEG, eupneico, SatO2 98% em ar ambiente, FC 78 bpm, FR 18 irpm. AR: MV+ com sibilos expiratórios esparsos. Rinoscopia: cornetos pálidos e edemaciados.

Espirometria (16/05/2024):
              Pré-BD     % prev    Pós-BD     Variação
CVF (L)       3,45       98%       3,52       +2%
VEF1 (L)      2,62       84%       2,95       +13% (+330 mL)
VEF1/CVF      0,76                 0,84
FEF25-75%     2,41 L/s   68%       3,20 L/s
Interpretação: distúrbio ventilatório obstrutivo leve com resposta significativa ao broncodilatador.
FeNO: 38 ppb (elevado).

HD: Asma não controlada (GINA etapa 3); rinite alérgica persistente.
Conduta:
1. Budesonida + formoterol 200/6 mcg (Symbicort Turbuhaler) 1 inalação 12/12h e 1 inalação de resgate se necessário (MART), máx. 8 inalações/dia.
2. Suspender beclometasona e salbutamol.
3. Budesonida spray nasal 64 mcg, 1 jato em cada narina 1x/dia.
4. Vacina influenza anual - em dia.
5. Plano de ação escrito entregue. Retorno em 3 meses com nova espirometria.
Dr. Fábio Nogueira Aguiar - CRM-MG 38.615
"""

PT_PSICOLOGIA_2024 = """RELATÓRIO PSICOLÓGICO
Psicóloga: Marina Queiroz Lage - CRP 04/58213
Paciente: Davi Henrique Moreira Campos, 13 anos, 8º ano do Colégio Horizonte Azul
Solicitante: Dr. Henrique Vilela Prates (neuropediatra)
Período de avaliação: 02/07 a 06/08/2024 (6 sessões)

Demanda: avaliação complementar ao diagnóstico de TDAH realizado no Reino Unido (CAMHS, 2023); dificuldades escolares após o retorno ao Brasil, com readaptação ao português escrito.
Instrumentos: entrevista com os pais, WISC-IV, BPA-2, SNAP-IV (pais e escola), CDI, observação escolar.

Resultados:
- WISC-IV: QI Total 104 (médio); Compreensão Verbal 110; Organização Perceptual 108; Memória Operacional 88 (médio inferior); Velocidade de Processamento 85 (médio inferior).
- BPA-2: atenção alternada e dividida abaixo do esperado (percentil 15); atenção concentrada no percentil 25.
- SNAP-IV pais: 8/9 sintomas de desatenção e 6/9 de hiperatividade/impulsividade; escola: 7/9 e 5/9.
- CDI: sem indicadores de depressão. Relata medo de hipoglicemia durante provas e no futebol e constrangimento com a dieta sem glúten em festas e lanches com os colegas.

Conclusão: perfil compatível com TDAH, apresentação combinada, com prejuízo funcional escolar. Inteligência na média. Ansiedade relacionada ao manejo do diabetes, em nível subclínico.

Recomendações:
1. Psicoterapia cognitivo-comportamental semanal.
2. Escola: tempo adicional de 25% em provas, sala com menos distrações, permitir checagem de glicose e lanche durante avaliações, instruções curtas e por escrito.
3. Acompanhamento com neuropediatra quanto ao tratamento farmacológico.

Belo Horizonte, 14/08/2024.
Marina Queiroz Lage - Psicóloga
"""

PT_LAB_2025 = """LABORATÓRIO PAMPULHA DIAGNÓSTICOS
Av. Otacílio Negrão de Lima, 3210 - Belo Horizonte/MG
Paciente: DAVI HENRIQUE MOREIRA CAMPOS    Sexo: M    DN: 09/05/2011
Solicitante: Dra. Luciana Pimenta Rezende    Coleta: 20/02/2025 07:30    Liberação: 24/02/2025
Informação clínica: doença celíaca em dieta isenta de glúten desde 03/2024.

HEMOGLOBINA GLICADA (HbA1c) - HPLC ......... 6,8 %        VR: 4,0 a 5,6 %
GLICOSE DE JEJUM ............................ 118 mg/dL    VR: 70 a 99 mg/dL
ANTICORPO ANTITRANSGLUTAMINASE IgA ......... 8,1 U/mL     VR: inferior a 10,0 U/mL - NÃO REAGENTE
HEMOGRAMA: Hemoglobina 13,4 g/dL (VR 12,0 a 16,0); VCM 84 fL (VR 78 a 95); Leucócitos 7.100/mm³; Plaquetas 265.000/mm³
FERRITINA ................................... 38 ng/mL     VR: 22 a 322 ng/mL
VITAMINA D (25-OH) .......................... 34 ng/mL     VR: acima de 30 ng/mL (grupos de risco)
TSH ......................................... 3,0 µUI/mL   VR: 0,51 a 4,30
T4 LIVRE .................................... 1,22 ng/dL   VR: 0,9 a 1,8
COLESTEROL TOTAL 170 mg/dL | HDL 58 mg/dL | LDL 96 mg/dL | TRIGLICERÍDEOS 80 mg/dL
CREATININA .................................. 0,71 mg/dL   VR: 0,50 a 1,00
MICROALBUMINÚRIA (amostra isolada) ......... 6 mg/g de creatinina    VR: inferior a 30

Resultados conferidos e liberados por Dr. Hélio Barcelos Antunes - CRF-MG 19.330.
"""

PT_ENDO_2025 = """CLÍNICA ENDOCRINOPEDIÁTRICA SAVASSI - Belo Horizonte/MG
Paciente: Davi Henrique Moreira Campos    DN: 09/05/2011 (13a)
Data: 06/03/2025    Retorno

S: Doença celíaca confirmada (biópsia 02/2024, Marsh 3b), em dieta sem glúten desde 03/2024, boa adesão, acompanhado por nutricionista. TDAH em uso de metilfenidato de ação prolongada (Ritalina LA 20 mg pela manhã) desde 10/2024, prescrito pela neuropediatria; redução do apetite no almoço, sem hipoglicemias associadas. Asma controlada com Symbicort. Sem hipoglicemia grave desde 2022. Futebol 3x/semana.
O: BEG. Peso 55,4 kg, estatura 166 cm, IMC 20,1. PA 112/70 mmHg, FC 76 bpm. Tanner G4P4. Tireoide normal. Pés: sensibilidade ao monofilamento preservada; pulsos pediosos presentes.

Resumo do sensor (Dexcom G7, 14 dias, 19/02 a 04/03/2025):
- Glicose média: 146 mg/dL
- GMI: 6,8%
- Tempo no alvo (70-180 mg/dL): 74%
- Tempo acima (>180): 23%   >250: 4%
- Tempo abaixo (<70): 3%   <54: 0,6%
- CV: 33%   Uso do sensor: 95%
Hipoglicemias concentradas entre 2h e 5h da manhã após os treinos.
Exames (20/02/2025): HbA1c 6,8%; anti-tTG IgA 8,1 U/mL (normalizado); ferritina 38; vitamina D 34; TSH 3,0; microalbuminúria 6 mg/g; LDL 96.

Conduta:
1. Bomba: basal das 02h às 05h reduzida de 0,75 para 0,65 UI/h; nos dias de treino, modo Exercício 1 h antes até 1 h depois.
2. Relação I:C 1:10 em todas as refeições; FS 1:45 mg/dL.
3. Glargina de reserva (falha da bomba) ajustada para 20 UI.
4. Fundoscopia anual - encaminho ao oftalmologista.
5. Repetir anti-tTG em 12 meses.
Dra. Luciana Pimenta Rezende - CRM-MG 41.227
"""

PT_RECEITA_2025 = """CLÍNICA ENDOCRINOPEDIÁTRICA SAVASSI - RECEITUÁRIO
Paciente: Davi Henrique Moreira Campos    Data: 06/03/2025

USO SUBCUTÂNEO
1. Insulina asparte 100 UI/mL (NovoRapid) - frasco 10 mL ......... 3 frascos/mês
   Uso em bomba de insulina (t:slim X2). Dose total diária aprox. 46 UI.
2. Insulina glargina 100 UI/mL (Lantus SoloStar) - caneta ....... 1 caixa
   Somente em caso de falha da bomba: aplicar 20 UI às 21h.
3. Insulina asparte (NovoRapid FlexPen) ......................... 1 caixa
   Em falha da bomba: 1 UI para cada 10 g de carboidrato + 1 UI para cada 45 mg/dL acima de 120.
4. Agulhas para caneta 4 mm ...................................... 1 caixa
USO NASAL
5. Glucagon 3 mg pó nasal (Baqsimi) ............................. 1 unidade
   Hipoglicemia grave: 1 dose em uma narina.
INSUMOS
6. Cartuchos t:slim X2 3 mL ...................................... 10/mês
7. Conjuntos de infusão AutoSoft 90, cânula 6 mm ................. 10/mês
8. Sensores Dexcom G7 (10 dias) .................................. 3/mês
9. Fitas de glicemia capilar 50/mês + lancetas; fitas de cetonemia 10/mês

Dra. Luciana Pimenta Rezende - CRM-MG 41.227
"""

PT_OFTALMO_2025 = """INSTITUTO DE OLHOS FUNCIONÁRIOS
LAUDO - FUNDOSCOPIA / MAPEAMENTO DE RETINA
Paciente: Davi Henrique Moreira Campos    Idade: 14 anos    Data: 10/06/2025
Indicação: rastreamento de retinopatia diabética (DM1 há 10 anos). Encaminhado pela Dra. Luciana Pimenta Rezende.

Acuidade visual sem correção: OD 20/20; OE 20/25.
Tonometria de aplanação (Goldmann): OD 14 mmHg; OE 15 mmHg.
Biomicroscopia: segmento anterior sem alterações; cristalino transparente AO.
Midríase com tropicamida 1% + fenilefrina 2,5%.
Fundoscopia (oftalmoscopia binocular indireta + biomicroscopia de fundo):
OD: disco óptico de bordos nítidos, escavação 0,3; mácula com brilho foveal preservado; vasos de calibre e trajeto normais; retina aplicada, sem microaneurismas, hemorragias ou exsudatos.
OE: disco óptico de bordos nítidos, escavação 0,3; mácula sem alterações; sem microaneurismas ou hemorragias; retina periférica sem lesões.
Retinografia colorida AO arquivada.

Impressão diagnóstica: ausência de retinopatia diabética em ambos os olhos. Sem edema macular. Astigmatismo miópico leve OE (-0,50 cil) - sem indicação de óculos no momento.
Conduta: repetir fundoscopia em 12 meses.
Dr. Renato Salles Drummond - CRM-MG 44.019
"""

PT_VACINAS = """CADERNETA DE VACINAÇÃO - TRANSCRIÇÃO
Centro de Saúde Santa Lúcia - SMSA Belo Horizonte
Nome: Davi Henrique Moreira Campos    DN: 09/05/2011    CNS: 700 2041 1558 3219

Ao nascer: BCG 10/05/2011; Hepatite B 10/05/2011
2, 4 e 6 meses (07/2011 a 11/2011): Pentavalente 3 doses; VIP 3 doses; Pneumocócica 10-valente 2 doses; Rotavírus 2 doses; Meningocócica C 2 doses
9 meses: Febre amarela 1ª dose 14/02/2012
12 meses: Tríplice viral (SCR) 09/05/2012; Pneumo 10 reforço; Meningo C reforço
15 meses: DTP 1º reforço; VOP 1º reforço; Tetra viral (SCRV) 16/08/2012; Hepatite A 16/08/2012
4 anos: DTP 2º reforço 11/05/2015; VOP 2º reforço; Varicela 2ª dose; Febre amarela reforço 11/05/2015
CRIE (diabetes mellitus): Pneumocócica 23-valente (polissacarídica) 12/03/2016
HPV quadrivalente: 1ª dose 18/05/2021; 2ª dose Gardasil 9 em 15/11/2022 (vacinação escolar, Manchester - Reino Unido)
COVID-19: Comirnaty 10 mcg 12/04/2022 e 14/06/2022 (Manchester - Reino Unido)
Meningocócica ACWY: 20/10/2023
dTpa (tríplice bacteriana acelular do adulto): 20/10/2023
Influenza anual: 2019; 2020; 2021 e 2022 (Fluenz spray nasal - Reino Unido); 04/2024; 04/2025
Pendência: Pneumocócica 23-valente - 2ª dose (5 anos após a 1ª) - agendar no CRIE.

Transcrito por: Enf. Patrícia Duarte Mourão - COREN-MG 412.885 - 17/04/2025
"""

PT_ATESTADO_ESPORTE = """MOVEMED MEDICINA ESPORTIVA - Belo Horizonte/MG
ATESTADO MÉDICO PARA PRÁTICA DE ATIVIDADE FÍSICA

Atesto, para fins de participação nas aulas de educação física e nos Jogos Escolares (futebol de campo), que examinei Davi Henrique Moreira Campos, 13 anos, aluno do 9º ano do Colégio Horizonte Azul, em 11/02/2025.
Antecedentes: DM1 em bomba de insulina; asma controlada; doença celíaca; TDAH em uso de metilfenidato; fratura de antebraço direito em 2022, consolidada, sem sequelas.
Exame: BEG. Peso 55 kg; altura 165 cm. PA 110/70 mmHg; FC repouso 68 bpm. ACV: RCR 2T, BNF, sem sopros. AR: MV+ sem ruídos adventícios. Locomotor: ADM completa de punhos e cotovelos, força preservada.
ECG de repouso (11/02/2025): ritmo sinusal, FC 66 bpm, PR 140 ms, QTc 402 ms, sem alterações da repolarização.

Conclusão: APTO para prática de atividade física e futebol competitivo.
Recomendações: medir glicose antes, durante (a cada 30-45 min) e após o jogo; não iniciar atividade com glicose < 90 mg/dL, nem acima de 270 mg/dL com cetonas positivas; kit de hipoglicemia (gel de glicose e Baqsimi) com o professor; inalador de resgate (Symbicort) disponível; hidratação; lanches sem glúten.
Validade: 12 meses.

Dr. Tiago Meireles Costa - CRM-MG 49.771 - Medicina Esportiva
"""

# --- English documents (Manchester, UK) ----------------------------------------------------------------

EN_GP_NOTES = """ARDWICK GROVE MEDICAL PRACTICE - Consultation record (printout)
Patient: CAMPOS, Davi Henrique    DOB: 09-May-2011    NHS No: 948 511 3072
Address: 27 Birchfields Terrace, Manchester

20-Sep-2021  New patient registration - Practice Nurse K. Lowther
Moved from Brazil with family. PMH: type 1 diabetes (dx 2015), asthma. Translated summary from Brazilian endocrinologist scanned. Repeat meds set up: Lantus, NovoRapid, Clenil, salbutamol.
Ht 146 cm  Wt 38.9 kg  BP 102/64  HR 86
Urgent referral to paediatric diabetes team (North Hulme Children's Hospital) sent.

08-Nov-2021  Asthma review - Dr Helen Ashworth
c/o night-time cough x 2/52 since starting school, wheeze after PE. No SOB at rest. Using salbutamol 3-4x/week.
O/E: chest clear, no recession. PEFR 290 L/min (predicted 310). SpO2 98% RA.
Inhaler technique poor - taught spacer use.
Plan: Clenil Modulite 100 micrograms 2 puffs BD via AeroChamber; salbutamol 100 micrograms 2 puffs PRN. Personalised asthma action plan given. Flu vaccine (Fluenz nasal) given today.

14-Feb-2022  Telephone - Dr Helen Ashworth
Mum asking about school sports and the pump. Advised to discuss with diabetes team. No action.

07-Feb-2023  Consultation - Dr Helen Ashworth
School concerns: poor concentration, forgets homework, fidgety and impulsive in class; teacher questionnaire supports this. No low mood, sleeps well. Teachers report episodes are not linked to hypos.
Ht 156 cm  Wt 46.1 kg  BP 108/66  HR 80
Plan: refer to CAMHS neurodevelopmental pathway for ADHD assessment. Asthma stable on Clenil - no step down over winter.
"""

EN_DIABETES_LETTER_2022 = """NORTH HULME CHILDREN'S HOSPITAL - Paediatric Diabetes Service
Clinic date: 17/01/2022    Typed: 19/01/2022

Dear Dr Ashworth,
Re: Davi Henrique CAMPOS    DOB 09/05/2011    NHS No 948 511 3072

Diagnoses: Type 1 diabetes mellitus (diagnosed January 2015, Brazil); Asthma.
Current insulin: Lantus 15 units at 21:00; NovoRapid ICR 1 unit:12 g at meals, correction 1 unit per 3 mmol/L above 7 mmol/L.

I saw Davi with his mother in clinic today. He has settled well at primary school (Year 6) and plays football three times a week. He is on multiple daily injections and scans a FreeStyle Libre 2 sensor about 8 times a day. Mum describes 1-2 mild hypos a week, mostly after football; no severe hypoglycaemia and no DKA since diagnosis.

Examination: Ht 147.2 cm (50th centile), Wt 39.6 kg (50th-75th centile), BMI 18.3. BP 104/62. Injection sites: moderate lipohypertrophy right abdomen. Thyroid not enlarged. Puberty Tanner stage 2.

Libre 2 (last 14 days): time in range 55%, above range 40%, below range 5%, mean glucose 9.6 mmol/L, GMI 7.6%.
HbA1c today (point of care): 64 mmol/mol (8.0%).

Plan:
1. Avoid the right abdomen; rotate to thighs and buttocks.
2. Increase Lantus to 16 units.
3. Davi and his parents are keen on pump therapy. We will start a Tandem t:slim X2 with Control-IQ and Dexcom G6 - pump start booked for 28/03/2022, with structured education from our dietitian beforehand.
4. Annual screening bloods (thyroid, coeliac, lipids, urine ACR) at next clinic.

Yours sincerely,
Dr Priya Raman, Consultant Paediatric Endocrinologist
cc: parents; Sarah Whitcombe, Paediatric Diabetes Specialist Nurse
"""

EN_PUMP_START_PLAN = """NORTH HULME CHILDREN'S HOSPITAL - Paediatric Diabetes Service
INSULIN PUMP START PLAN
Name: Davi CAMPOS    DOB 09/05/2011    Weight 40.1 kg    Pump start: 28/03/2022
Pump: Tandem t:slim X2 (Control-IQ)    CGM: Dexcom G6    Insulin: NovoRapid (insulin aspart) U100
Total daily dose on MDI: 34 units (Lantus 16 + bolus approx. 18)
Starting pump TDD: 30 units (approx. 12% reduction)

Basal profile (total 13.8 units/day):
00:00 - 03:00   0.50 units/h
03:00 - 07:00   0.60 units/h
07:00 - 12:00   0.60 units/h
12:00 - 18:00   0.55 units/h
18:00 - 24:00   0.60 units/h

Insulin-to-carb ratio: 1 unit : 12 g (breakfast 1 unit : 10 g)
Insulin sensitivity factor: 1 unit : 3.0 mmol/L
Target glucose: 6.1 mmol/L    Active insulin time: 5 hours
Last Lantus: 27/03/2022 at 21:00, reduced to 8 units (50%). Pump basal starts 12:00 on 28/03/2022.

Cannula (AutoSoft 90) and cartridge change every 3 days; sites abdomen, buttocks, upper outer thighs.
Exercise: switch on Exercise Activity 60 minutes before football; disconnect for contact matches no longer than 60 minutes.
Sick day / high glucose rules:
- Glucose above 14 mmol/L for 2 hours: check blood ketones.
- Ketones 0.6-1.4 mmol/L: correction by pen, change cannula, recheck in 1 hour.
- Ketones 1.5-2.9 mmol/L: ring diabetes team on-call.
- Ketones 3.0 mmol/L or above, or vomiting: go to A&E.
Pump failure: back-up pens - Lantus 16 units once daily plus NovoRapid by carb ratio.
Diabetes team on-call: 0161 496 0732

Sarah Whitcombe, Paediatric Diabetes Specialist Nurse / Dr Priya Raman
"""

EN_DIETITIAN_LETTER = """NORTH HULME CHILDREN'S HOSPITAL - Paediatric Dietetics
Date of appointment: 10/03/2022
To: Dr Priya Raman    cc: Dr H Ashworth (GP), parents
Re: Davi CAMPOS    DOB 09/05/2011

Seen with mum for pre-pump structured education (carbohydrate counting refresher).
Anthropometry: Wt 40.0 kg, Ht 147.5 cm, BMI 18.4 (50th centile).
Diet history: 3 meals and 2 snacks. Likes rice and beans, pasta, bread; school lunch mostly jacket potato or pasta. Juice drinks at weekends. Intake appropriate for age and activity.
Carb counting: good knowledge of grams; needed help with UK food labels (per 100 g vs per portion) and with Brazilian foods such as pão de queijo and feijão.
Football (training Tue/Thu, match Sat): 15-20 g carbohydrate without bolus before training if glucose below 8 mmol/L, plus 10-15 g every 30-45 minutes of play; bedtime snack after evening training.
Hypo treatment: 15 g fast-acting glucose, e.g. 5 Dextro Energy tablets or 150 ml Coke (not diet); recheck after 15 minutes, repeat if below 4 mmol/L.
Plan: Carbs & Cals book given; review 6 weeks after pump start.

Rachel Dunmore, Specialist Paediatric Dietitian
"""

EN_XRAY_FOREARM = """NORTH HULME CHILDREN'S HOSPITAL - Department of Radiology
Patient: CAMPOS, Davi    DOB 09/05/2011    Hosp No: NH7735120
Examination: XR Forearm Right (AP + lateral) incl. wrist    Date: 14/05/2022 16:42
Referrer: Children's Emergency Department
Clinical details: FOOSH playing football, pain and swelling distal right forearm. ?fracture

Findings:
Transverse fracture of the distal third of the right radial shaft, approximately 4 cm proximal to the physis, with 15 degrees of dorsal angulation and no significant displacement.
Buckle (torus) fracture of the distal ulnar metaphysis.
Distal radial and ulnar physes unremarkable - no Salter-Harris injury.
Dorsal soft tissue swelling. Elbow joint normal on the included views.

Conclusion: Radial shaft fracture with mild dorsal angulation and associated ulnar buckle fracture. For fracture clinic.

Reported by: Dr Laura Penhaligon, Consultant Paediatric Radiologist    14/05/2022 18:05
"""

EN_FRACTURE_CLINIC = """NORTH HULME CHILDREN'S HOSPITAL - Paediatric Fracture Clinic
Clinic date: 20/05/2022
Dear Dr Ashworth,
Re: Davi CAMPOS    DOB 09/05/2011    NHS No 948 511 3072

Diagnosis: Right distal radius shaft fracture (15° dorsal angulation) with ulnar buckle fracture - injury 14/05/2022, football.

Davi is right-hand dominant. He was seen in ED and placed in an above-elbow backslab. Today he is comfortable on paracetamol and ibuprofen as required. Neurovascularly intact, no skin compromise.
Repeat X-ray in clinic: position maintained, angulation unchanged, acceptable for his age given remodelling potential. No manipulation required.

Plan:
- Converted to a full above-elbow fibreglass cast today, for 4 weeks.
- Next fracture clinic 17/06/2022 for cast removal and check X-ray.
- No football or contact sport for 6 weeks after cast removal; may swim 2 weeks after cast removal.
- Diabetes: glucose may run higher with reduced activity; the diabetes team is aware.

Yours sincerely,
Mr James Okafor FRCS (Tr&Orth), Consultant Paediatric Orthopaedic Surgeon
"""

EN_LABS_2022 = """NORTH HULME CHILDREN'S HOSPITAL - Pathology (Blood Sciences)
Patient: CAMPOS, Davi    DOB 09/05/2011    Hosp No: NH7735120
Requested by: Dr P Raman (Paed Diabetes)    Collected: 11/07/2022 09:20    Reported: 12/07/2022

Test                              Result    Units       Ref range
HbA1c (IFCC)                      58        mmol/mol    20-41
Sodium                            139       mmol/L      133-146
Potassium                         4.3       mmol/L      3.5-5.3
Creatinine                        48        umol/L      30-65
TSH                               2.8       mU/L        0.5-4.5
Free T4                           15.2      pmol/L      12.0-22.0
Thyroid peroxidase antibodies     <10       IU/mL       <34
Tissue transglutaminase IgA       1.2       U/mL        <7.0
Total IgA                         1.31      g/L         0.5-2.6
Total cholesterol                 4.1       mmol/L      <5.2
HDL cholesterol                   1.52      mmol/L      >1.0
Triglycerides                     0.8       mmol/L      <1.5
Vitamin D (25-OH)                 42        nmol/L      50-150
Urine albumin:creatinine ratio    0.6       mg/mmol     <3.0

Comment: HbA1c improved since pump start (previous 64 mmol/mol in January 2022). Coeliac screen negative with normal total IgA. Thyroid function normal. Vitamin D insufficiency - suggest colecalciferol 1000 units daily for 3 months.
"""

EN_AE_HYPO = """NORTH HULME CHILDREN'S HOSPITAL - Children's Emergency Department
ED ATTENDANCE SUMMARY - discharge letter to GP
Patient: CAMPOS, Davi    DOB 09/05/2011    NHS No 948 511 3072
Arrived: 22/10/2022 13:05 by ambulance    Discharged: 22/10/2022 18:30
Presenting complaint: hypoglycaemia after football match.

History: T1DM on t:slim X2 pump with Control-IQ. Football match 10:00-11:30 with no exercise setting used; ate little breakfast. At 12:20 found by coach confused, sweaty, with slurred speech; Dexcom reading LOW. Capillary BG 1.9 mmol/L. Unable to take oral glucose safely; father gave Baqsimi 3 mg intranasal at 12:30. Ambulance crew: BG 3.4 mmol/L at 12:45, GCS 14, glucose gel given.
On arrival: GCS 15, alert and orientated. BG 5.8 mmol/L, blood ketones 0.4 mmol/L. HR 104, BP 110/68, RR 20, SpO2 99% RA, temp 36.8. Vomited once after glucagon. No head injury.
Management: observed 5 hours; tolerated sandwich and juice; glucose 6-11 mmol/L. Pump site satisfactory.

Diagnosis: Severe hypoglycaemia (needing third-party help) after exercise, type 1 diabetes.
Discharge advice: Exercise Activity on Control-IQ 1-2 hours before football; 20 g carbohydrate before matches; late hypo risk tonight - check glucose at 03:00; reduce basal overnight by 20% after matches; replace Baqsimi. Diabetes team informed - PDSN to phone family on Monday.

ED clinician: Dr Aisha Qureshi, ST6 Paediatric Emergency Medicine
"""

EN_SCHOOL_IHP = """WHITWORTH PARK ACADEMY - INDIVIDUAL HEALTHCARE PLAN (IHP)
Pupil: Davi Campos    Form: 7B    DOB: 09/05/2011
Date: 12/09/2022    Review date: September 2023
Medical conditions: Type 1 diabetes (insulin pump and Dexcom G6 sensor); Asthma.
Family contacts: Mother - Juliana Moreira Campos 07700 900431; Father - Rodrigo Campos 07700 900872
Clinic contact: Sarah Whitcombe, Paediatric Diabetes Specialist Nurse, North Hulme Children's Hospital, 0161 496 0732

Daily care:
- Glucose shown on his phone app; Dexcom Follow on the school office iPad.
- Lunch: Davi enters carbs into the pump and boluses himself; staff check the number if he asks.
- Target glucose in school 4-10 mmol/L.

Low blood glucose (below 4 mmol/L) - signs: shaky, pale, irritable, poor concentration:
1. Give 15 g fast-acting sugar: 5 Dextro tablets or 150 ml full-sugar Coke. Do not leave him alone.
2. Recheck after 15 minutes; repeat if still below 4.
3. Then 15 g slow carbohydrate (e.g. 2 digestive biscuits) if lunch is more than an hour away.
Severe hypo (unconscious or fitting): recovery position, call 999, give Baqsimi 3 mg nasal glucagon (hypo box in main office), then call parents.
High glucose (above 14 mmol/L): check blood ketones; if above 0.6 mmol/L call parents.
PE and sport: check glucose before; hypo box must go to the field. No PE if glucose below 7 mmol/L until treated.
Asthma: blue reliever inhaler (salbutamol) with spacer kept in PE bag; 2-4 puffs for wheeze or cough; if no better, 10 puffs and call 999.
Exams: allowed glucose checks, snacks and toilet breaks.

Signed: parent; SENCO (Mrs D. Featherstone); school nurse
"""

EN_CAMHS_ADHD = """MANCHESTER SOUTH CAMHS - Neurodevelopmental Pathway
ASSESSMENT SUMMARY
Name: Davi CAMPOS    DOB 09/05/2011    NHS No 948 511 3072
Referred by: Dr H Ashworth (GP), 07/02/2023    Assessed: 30/05/2023 and 20/06/2023
Assessors: Dr Owen Feltham, Consultant Child & Adolescent Psychiatrist; Hannah Briggs, Assistant Psychologist

Presenting concerns: inattention, disorganisation, losing equipment, fidgeting, calling out in class. Parents report difficulties since primary school in Brazil, more evident after the move to secondary school (Year 7).
Information gathered: developmental history, Conners 3 (parent and teacher), school observation (Maths and Science), QbTest.

Results:
- Conners 3 Parent: Inattention T=78, Hyperactivity/Impulsivity T=72
- Conners 3 Teacher: Inattention T=81, Hyperactivity/Impulsivity T=69
- QbTest: activity and inattention Q-scores above 1.5; impulsivity within normal range.
- Observation: off-task in 45% of intervals vs 12% for a comparison peer.
Differential diagnosis: hypoglycaemia-related inattention considered - CGM traces during observed lessons were in range. No features of ASD. Mild worry about diabetes, below threshold for an anxiety disorder. Sleep adequate.

Diagnosis: Attention Deficit Hyperactivity Disorder, combined presentation (ICD-11 6A05.2).

Plan:
1. Psychoeducation given; parents offered the ADHD parenting group.
2. Medication (methylphenidate) discussed. The family return to Brazil in August 2023, so medication not started here to allow safe titration with follow-up; recommend review by a paediatric neurologist or psychiatrist in Brazil.
   Pre-treatment baseline: Ht 157 cm, Wt 47.0 kg, BP 106/64, HR 78; no cardiac symptoms, no family history of sudden cardiac death.
3. School: SEN support - seat near the front, chunked instructions, movement breaks, 25% extra time in exams.
"""

EN_LABS_2023 = """NORTH HULME CHILDREN'S HOSPITAL - Pathology (Blood Sciences)
Patient: CAMPOS, Davi    DOB 09/05/2011    Hosp No: NH7735120
Requested by: Dr P Raman (Paed Diabetes)    Collected: 15/05/2023 09:05    Reported: 18/05/2023

Test                              Result    Units       Ref range
HbA1c (IFCC)                      53        mmol/mol    20-41
Sodium                            140       mmol/L      133-146
Potassium                         4.1       mmol/L      3.5-5.3
Creatinine                        55        umol/L      30-70
TSH                               3.1       mU/L        0.5-4.5
Free T4                           14.6      pmol/L      12.0-22.0
Tissue transglutaminase IgA       68        U/mL        <7.0    HIGH
Endomysial antibody (IgA)         Positive (titre 1:80)
Total IgA                         1.45      g/L         0.5-2.6
Haemoglobin                       118       g/L         115-155
MCV                               76        fL          77-95   LOW
Ferritin                          9         ug/L        15-150  LOW
Vitamin D (25-OH)                 38        nmol/L      50-150
Total cholesterol                 4.3       mmol/L      <5.2

Comment: Positive coeliac serology. tTG is below 10 x ULN, so the no-biopsy route does not apply - duodenal biopsy needed. Referred to paediatric gastroenterology. Family relocating to Brazil in August 2023; copies of results given to family. Do NOT start a gluten-free diet until after the biopsy. Low ferritin - iron supplement per GP.
"""

DOCUMENTS: dict[str, tuple[str, str, str]] = {
    "pt_endo_2021": ("pt", "clinical_note", PT_ENDO_2021),
    "en_gp_notes": ("en", "clinical_note", EN_GP_NOTES),
    "en_diabetes_letter_2022": ("en", "clinical_note", EN_DIABETES_LETTER_2022),
    "en_dietitian_letter": ("en", "clinical_note", EN_DIETITIAN_LETTER),
    "en_pump_start_plan": ("en", "other", EN_PUMP_START_PLAN),
    "en_xray_forearm": ("en", "imaging", EN_XRAY_FOREARM),
    "en_fracture_clinic": ("en", "clinical_note", EN_FRACTURE_CLINIC),
    "en_labs_2022": ("en", "lab_report", EN_LABS_2022),
    "en_school_ihp": ("en", "other", EN_SCHOOL_IHP),
    "en_ae_hypo": ("en", "clinical_note", EN_AE_HYPO),
    "en_labs_2023": ("en", "lab_report", EN_LABS_2023),
    "en_camhs_adhd": ("en", "clinical_note", EN_CAMHS_ADHD),
    "pt_endo_2023": ("pt", "clinical_note", PT_ENDO_2023),
    "pt_receita_2023": ("pt", "prescription", PT_RECEITA_2023),
    "pt_lab_2024": ("pt", "lab_report", PT_LAB_2024),
    "pt_endoscopia_2024": ("pt", "exam_result", PT_ENDOSCOPIA_2024),
    "pt_pneumo_2024": ("pt", "clinical_note", PT_PNEUMO_2024),
    "pt_psicologia_2024": ("pt", "other", PT_PSICOLOGIA_2024),
    "pt_atestado_esporte": ("pt", "other", PT_ATESTADO_ESPORTE),
    "pt_lab_2025": ("pt", "lab_report", PT_LAB_2025),
    "pt_endo_2025": ("pt", "clinical_note", PT_ENDO_2025),
    "pt_receita_2025": ("pt", "prescription", PT_RECEITA_2025),
    "pt_oftalmo_2025": ("pt", "exam_result", PT_OFTALMO_2025),
    "pt_vacinas": ("pt", "other", PT_VACINAS),
}

PAIRS: list[tuple[str, str, str, str]] = [
    # --- Portuguese questions about Portuguese documents ---
    ("pt", "glicada de janeiro de 2024", "pt_lab_2024",
     "HEMOGLOBINA GLICADA (HbA1c) - HPLC ......... 7,2 %"),
    ("pt", "anti-tTG antes da endoscopia", "pt_lab_2024", "92,4 U/mL"),
    ("pt", "estoque de ferro baixo?", "pt_lab_2024", "FERRITINA ................................... 11 ng/mL"),
    ("pt", "ele estava anêmico no início de 2024?", "pt_lab_2024", "Hemoglobina 11,9 g/dL"),
    ("pt", "função renal 2025", "pt_lab_2025", "CREATININA .................................. 0,71 mg/dL"),
    ("pt", "a sorologia celíaca negativou com a dieta?", "pt_lab_2025", "NÃO REAGENTE"),
    ("pt", "vitamina D fev/2025", "pt_lab_2025", "34 ng/mL"),
    ("pt", "resultado da biópsia do duodeno", "pt_endoscopia_2024",
     "classificação de Marsh-Oberhuber 3b"),
    ("pt", "pesquisa de Helicobacter", "pt_endoscopia_2024", "teste da urease): negativo"),
    ("pt", "qual anestesia foi usada na EDA", "pt_endoscopia_2024", "propofol 120 mg EV fracionado"),
    ("pt", "quantos fragmentos foram colhidos da segunda porção do duodeno", "pt_endoscopia_2024",
     "4 fragmentos da segunda porção duodenal"),
    ("pt", "prova broncodilatadora", "pt_pneumo_2024", "+13% (+330 mL)"),
    ("pt", "falta de ar quando joga bola", "pt_pneumo_2024", "dispneia ao jogar futebol"),
    ("pt", "qual a bombinha de manutenção da asma atualmente?", "pt_pneumo_2024",
     "Budesonida + formoterol 200/6 mcg (Symbicort Turbuhaler)"),
    ("pt", "óxido nítrico exalado", "pt_pneumo_2024", "FeNO: 38 ppb (elevado)"),
    ("pt", "tratamento da rinite", "pt_pneumo_2024", "Budesonida spray nasal 64 mcg"),
    ("pt", "tem retinopatia?", "pt_oftalmo_2025", "ausência de retinopatia diabética em ambos os olhos"),
    ("pt", "pressão do olho", "pt_oftalmo_2025", "OD 14 mmHg; OE 15 mmHg"),
    ("pt", "quando repetir o fundo de olho", "pt_oftalmo_2025", "repetir fundoscopia em 12 meses"),
    ("pt", "vacina febre amarela", "pt_vacinas", "Febre amarela 1ª dose 14/02/2012"),
    ("pt", "completou o esquema de HPV?", "pt_vacinas", "2ª dose Gardasil 9 em 15/11/2022"),
    ("pt", "vacina pneumo 23 pendente", "pt_vacinas",
     "Pneumocócica 23-valente - 2ª dose (5 anos após a 1ª) - agendar no CRIE"),
    ("pt", "vacina contra meningite ACWY", "pt_vacinas", "Meningocócica ACWY: 20/10/2023"),
    ("pt", "liberado para os jogos escolares?", "pt_atestado_esporte",
     "APTO para prática de atividade física e futebol competitivo"),
    ("pt", "intervalo QT no eletro", "pt_atestado_esporte", "QTc 402 ms"),
    ("pt", "com que glicemia não pode começar o exercício", "pt_atestado_esporte",
     "não iniciar atividade com glicose < 90 mg/dL"),
    ("pt", "QI", "pt_psicologia_2024", "QI Total 104 (médio)"),
    ("pt", "memória de trabalho na avaliação neuropsicológica", "pt_psicologia_2024",
     "Memória Operacional 88 (médio inferior)"),
    ("pt", "adaptações para provas na escola", "pt_psicologia_2024", "tempo adicional de 25% em provas"),
    ("pt", "ele tem ansiedade?", "pt_psicologia_2024",
     "Ansiedade relacionada ao manejo do diabetes, em nível subclínico"),
    ("pt", "dose de insulina lenta se a bomba falhar", "pt_receita_2025", "aplicar 20 UI às 21h"),
    ("pt", "Lantus de reserva em outubro de 2023", "pt_receita_2023", "aplicar 16 UI às 21h"),
    ("pt", "glucagon receitado", "pt_receita_2025", "Glucagon 3 mg pó nasal (Baqsimi)"),
    ("pt", "quantos sensores por mês", "pt_receita_2025", "Sensores Dexcom G7 (10 dias)"),
    ("pt", "quanto de NovoRapid por mês em 2023", "pt_receita_2023", "2 frascos/mês"),
    ("pt", "TIR março 2025", "pt_endo_2025", "Tempo no alvo (70-180 mg/dL): 74%"),
    ("pt", "tempo no alvo antes de ir para a Inglaterra", "pt_endo_2021", "Tempo no alvo (70-180): 58%"),
    ("pt", "hipoglicemia de madrugada", "pt_endo_2025", "Hipoglicemias concentradas entre 2h e 5h"),
    ("pt", "dose do metilfenidato", "pt_endo_2025", "Ritalina LA 20 mg pela manhã"),
    ("pt", "efeito colateral da Ritalina", "pt_endo_2025", "redução do apetite no almoço"),
    ("pt", "peso em março de 2025", "pt_endo_2025", "Peso 55,4 kg"),
    ("pt", "lipodistrofia nos locais de insulina", "pt_endo_2021",
     "lipo-hipertrofia leve em abdome à direita"),
    ("pt", "relação insulina:carboidrato em 2021", "pt_endo_2021", "1 UI:15 g nas refeições"),
    ("pt", "GMI outubro 2023", "pt_endo_2023", "GMI: 7,0%"),
    ("pt", "exame dos pés", "pt_endo_2025", "sensibilidade ao monofilamento preservada"),
    ("pt", "desde quando faz dieta sem glúten", "pt_endo_2025", "em dieta sem glúten desde 03/2024"),
    ("pt", "sintomas intestinais antes do diagnóstico de celíaca", "pt_endo_2023",
     "refere distensão abdominal ocasional e cansaço"),
    # --- Portuguese questions about English documents ---
    ("pt", "hemoglobina glicada de maio de 2023", "en_labs_2023",
     "HbA1c (IFCC)                      53        mmol/mol"),
    ("pt", "qual osso quebrou no braço", "en_xray_forearm",
     "Transverse fracture of the distal third of the right radial shaft"),
    ("pt", "quanto tempo de gesso", "en_fracture_clinic", "above-elbow fibreglass cast today, for 4 weeks"),
    ("pt", "glicemia na hipoglicemia grave de outubro de 2022", "en_ae_hypo", "Capillary BG 1.9 mmol/L"),
    ("pt", "quem aplicou o glucagon nasal", "en_ae_hypo", "father gave Baqsimi 3 mg intranasal at 12:30"),
    ("pt", "tipo de TDAH diagnosticado", "en_camhs_adhd", "combined presentation (ICD-11 6A05.2)"),
    ("pt", "por que não começou remédio para TDAH na Inglaterra", "en_camhs_adhd",
     "medication not started here to allow safe titration"),
    ("pt", "taxa basal da madrugada no início da bomba", "en_pump_start_plan", "00:00 - 03:00   0.50 units/h"),
    ("pt", "cetonemia: quando ir ao pronto-socorro", "en_pump_start_plan",
     "Ketones 3.0 mmol/L or above, or vomiting: go to A&E"),
    ("pt", "conduta da escola na hipoglicemia", "en_school_ihp",
     "Give 15 g fast-acting sugar: 5 Dextro tablets or 150 ml full-sugar Coke"),
    ("pt", "vitamina D em 2022", "en_labs_2022", "Vitamin D (25-OH)                 42"),
    ("pt", "pico de fluxo expiratório", "en_gp_notes", "PEFR 290 L/min (predicted 310)"),
    ("pt", "orientação da nutricionista para o futebol", "en_dietitian_letter",
     "15-20 g carbohydrate without bolus before training if glucose below 8 mmol/L"),
    # --- English questions about English documents ---
    ("en", "HbA1c July 2022", "en_labs_2022", "HbA1c (IFCC)                      58        mmol/mol"),
    ("en", "was the coeliac screen negative in 2022?", "en_labs_2022",
     "Coeliac screen negative with normal total IgA"),
    ("en", "thyroid 2023", "en_labs_2023", "TSH                               3.1"),
    ("en", "iron stores May 2023", "en_labs_2023", "Ferritin                          9"),
    ("en", "why did he need a biopsy instead of a serology-only diagnosis", "en_labs_2023",
     "tTG is below 10 x ULN, so the no-biopsy route does not apply"),
    ("en", "EMA titre", "en_labs_2023", "Positive (titre 1:80)"),
    ("en", "microalbumin 2022", "en_labs_2022", "Urine albumin:creatinine ratio    0.6"),
    ("en", "kidney function July 2022", "en_labs_2022", "Creatinine                        48"),
    ("en", "which pump and CGM", "en_diabetes_letter_2022", "Tandem t:slim X2 with Control-IQ and Dexcom G6"),
    ("en", "A1c January 2022", "en_diabetes_letter_2022", "64 mmol/mol (8.0%)"),
    ("en", "lumps at injection sites", "en_diabetes_letter_2022", "moderate lipohypertrophy right abdomen"),
    ("en", "glargine dose change at the Jan 2022 clinic", "en_diabetes_letter_2022",
     "Increase Lantus to 16 units"),
    ("en", "correction factor on the pump", "en_pump_start_plan",
     "Insulin sensitivity factor: 1 unit : 3.0 mmol/L"),
    ("en", "breakfast carb ratio pump start", "en_pump_start_plan", "breakfast 1 unit : 10 g"),
    ("en", "last long-acting insulin dose before the pump", "en_pump_start_plan",
     "Last Lantus: 27/03/2022 at 21:00, reduced to 8 units (50%)"),
    ("en", "how often to change the infusion set", "en_pump_start_plan",
     "cartridge change every 3 days"),
    ("en", "pump settings for sport", "en_pump_start_plan",
     "switch on Exercise Activity 60 minutes before football"),
    ("en", "conscious level in ED after the hypo", "en_ae_hypo", "GCS 15, alert and orientated"),
    ("en", "ketones at A&E Oct 2022", "en_ae_hypo", "blood ketones 0.4 mmol/L"),
    ("en", "overnight basal advice after matches", "en_ae_hypo", "reduce basal overnight by 20% after matches"),
    ("en", "did he vomit after glucagon", "en_ae_hypo", "Vomited once after glucagon"),
    ("en", "angulation of the radius fracture", "en_xray_forearm", "15 degrees of dorsal angulation"),
    ("en", "growth plate involved?", "en_xray_forearm", "no Salter-Harris injury"),
    ("en", "ulna injury", "en_xray_forearm", "Buckle (torus) fracture of the distal ulnar metaphysis"),
    ("en", "did the wrist fracture need reduction", "en_fracture_clinic", "No manipulation required"),
    ("en", "when can he play football again after the broken arm", "en_fracture_clinic",
     "No football or contact sport for 6 weeks after cast removal"),
    ("en", "cast off date", "en_fracture_clinic", "Next fracture clinic 17/06/2022"),
    ("en", "preventer inhaler 2021", "en_gp_notes", "Clenil Modulite 100 micrograms 2 puffs BD via AeroChamber"),
    ("en", "coughing at night", "en_gp_notes", "c/o night-time cough x 2/52"),
    ("en", "reason for CAMHS referral", "en_gp_notes", "poor concentration, forgets homework"),
    ("en", "flu jab 2021", "en_gp_notes", "Flu vaccine (Fluenz nasal) given today"),
    ("en", "teacher rating scale scores", "en_camhs_adhd", "Conners 3 Teacher: Inattention T=81"),
    ("en", "autism ruled out?", "en_camhs_adhd", "No features of ASD"),
    ("en", "baseline BP and pulse before stimulants", "en_camhs_adhd", "BP 106/64, HR 78"),
    ("en", "exam access arrangements ADHD", "en_camhs_adhd", "25% extra time in exams"),
    ("en", "what should school do if he passes out from low sugar", "en_school_ihp",
     "call 999, give Baqsimi 3 mg nasal glucagon"),
    ("en", "glucose threshold for PE", "en_school_ihp", "No PE if glucose below 7 mmol/L until treated"),
    ("en", "where is the blue inhaler kept at school", "en_school_ihp", "with spacer kept in PE bag"),
    ("en", "mother's phone number", "en_school_ihp", "Juliana Moreira Campos 07700 900431"),
    ("en", "dietitian hypo treatment", "en_dietitian_letter", "5 Dextro Energy tablets or 150 ml Coke (not diet)"),
    ("en", "BMI March 2022", "en_dietitian_letter", "BMI 18.4 (50th centile)"),
    ("en", "carb counting Brazilian foods", "en_dietitian_letter", "pão de queijo and feijão"),
    # --- English questions about Portuguese documents ---
    ("en", "duodenal histology", "pt_endoscopia_2024", "atrofia vilositária subtotal com hiperplasia de criptas"),
    ("en", "FEV1 2024", "pt_pneumo_2024", "VEF1 (L)      2,62       84%"),
    ("en", "asthma control test score", "pt_pneumo_2024", "ACT: 17 (asma não controlada)"),
    ("en", "visual acuity", "pt_oftalmo_2025", "OD 20/20; OE 20/25"),
    ("en", "when was the ADHD stimulant started", "pt_endo_2025", "desde 10/2024, prescrito pela neuropediatria"),
    ("en", "latest A1c", "pt_lab_2025", "HEMOGLOBINA GLICADA (HbA1c) - HPLC ......... 6,8 %"),
    ("en", "time below range March 2025", "pt_endo_2025", "Tempo abaixo (<70): 3%"),
    ("en", "tTG after gluten-free diet", "pt_lab_2025", "8,1 U/mL"),
    ("en", "Tdap booster", "pt_vacinas", "dTpa (tríplice bacteriana acelular do adulto): 20/10/2023"),
    ("en", "resting heart rate at the sports medical", "pt_atestado_esporte", "FC repouso 68 bpm"),
    ("en", "processing speed index", "pt_psicologia_2024", "Velocidade de Processamento 85"),
    ("en", "how many vials of aspart per month 2025", "pt_receita_2025", "3 frascos/mês"),
    ("en", "vitamin D January 2024", "pt_lab_2024", "19 ng/mL"),
    ("en", "pump basal change overnight 2025", "pt_endo_2025", "reduzida de 0,75 para 0,65 UI/h"),
]
