"""HL7 v2 result messages in a record's text: a message file, and one printed from an interface engine's browser."""

from __future__ import annotations

from nlp.labs.parser import parse_lab_report

# A message file as an interface sends it: MLLP framing, segments ending in carriage returns, LOINC-coded tests.
MESSAGE_FILE = (
    "\x0bMSH|^~\\&|LAB|HOSP|EMR|CLINIC|20250102101500||ORU^R01^ORU_R01|M9|P|2.5.1\r"
    "PID|1||123456^^^HOSP^MR||DOE^JANE||19800101|F\r"
    "OBR|1|||CBC^Complete blood count^L|||20250102083000\r"
    "OBX|1|NM|718-7^Hemoglobin^LN||10.2|g/dL|12.0-16.0|L|||F\r"
    "OBX|2|NM|777-3^Platelets^LN||245|10\\S\\9/L|150-400|N|||F\r"
    "OBX|3|SN|2160-0^Creatinine^LN||>^12.0|mg/dL|0.6-1.1|HH|||F\r"
    "OBX|4|CWE|5196-1^HBsAg^LN||NEG^Negative^L||Negative|N|||F\r"
    "OBX|5|NM|2823-3^Potassium^LN||6.8|mmol/L|3.5-5.1|H|||C|||20250103071500\r"
    "OBX|6|NM|2951-2^Sodium^LN||||||||X\r"
    "OBX|7|ST|2345-7^Glucose^LN||Pending||||||I\r"
    "OBX|8|NM|XWI^Widget index^L||3.1|||||F\r"
    "NTE|1||Potassium 6.8 mmol/L called to Dr Silva at 07:40.\r\x1c\r")

# The same kind of message printed by a message browser: wrapped at delimiters onto lines that start no segment
# (one of them "CAN|…", three capitals and a bar), local codes with the test's name, SI units in UCUM.
PRINTOUT = """Interface Monitor - Message Browser                       Printed 2024-07-06 13:17
Channel:   LAB_RESULTS_IN (HL7 v2 ORU)
Raw message

MSH|^~\\&|SOFTLAB|NBRHC|EMR|LKFHT|20240706124419-0400||ORU^R01^ORU_R01|NB2024070612|P|2.5.1|||AL|NE|
CAN|UNICODE UTF-8
PID|1||M00978425^^^NBRHC^MR||TREMBLAY^NATHALIE||19750919|F|||63 MAIN ST W^^NORTH BAY^ON
OBR|1|OR775648^EMR|L241884020-1^SOFTLAB|CBCD^CBC and Differential^L|||20240706094800-0400|||||||
20240706101900-0400||047211^OKAFOR^CHIDI||||||20240706124400-0400||HM|F
OBX|1|NM|WBC^White Blood Cells^L||6.1|10*9/L|4.0-11.0||||F|||20240706094800-0400|NBRHC^North Bay Regional
Laboratory^L
OBX|2|NM|HGB^Hemoglobin^L||98|g/L|120-160|L|||F|||20240706094800-0400|NBRHC^North Bay Regional Laboratory^L
OBX|3|NM|HCT^Hematocrit^L||0.338|L/L|0.350-0.470|L|||F|||20240706094800-0400|NBRHC^
North Bay Regional Laboratory^L
OBX|4|NM|EGFR^eGFR^L||53|mL/min/{1.73_m2}|>=60|L|||F|||20240706094800-0400|NBRHC^North Bay Regional Laboratory^L
NTE|1|L|eGFR calculated using the CKD-EPI 2021 equation. Glucose 5.6 mmol/L on 2024-06-01.
OBX|5|NM|GLUR^Glucose Random^L||
9.3|mmol/L|3.3-11.0||||F|||20240706094800-0400|NBRHC^North Bay Regional Laboratory^L

Acknowledgement
MSA|AA|NB2024070612
"""


def test_a_message_files_results_are_its_obx_segments() -> None:
    results = parse_lab_report([MESSAGE_FILE]).results
    read = [(r.loinc, r.value_text, r.unit, r.ref_low, r.ref_high, r.flag, r.qualitative, r.comparator,
             str(r.observed_on)) for r in results]
    assert read == [
        ("718-7", "10.2", "g/dL", 12.0, 16.0, "L", None, None, "2025-01-02"),
        ("777-3", "245", "10^9/L", 150.0, 400.0, "N", None, None, "2025-01-02"),  # "\S\" is the escaped "^"
        ("2160-0", ">12.0", "mg/dL", 0.6, 1.1, "HH", None, ">", "2025-01-02"),
        ("5196-1", "Negative", None, None, None, "N", "negative", None, "2025-01-02"),
        # a corrected result (status C) is a result; its own time (OBX-14) before its order's (OBR-7); beyond Kost's
        # critical limit, so HH whatever the printed H says
        ("2823-3", "6.8", "mmol/L", 3.5, 5.1, "HH", None, None, "2025-01-03"),
    ]  # sodium "cannot be obtained" (X), glucose pending (I) and an uncatalogued index are not results; nor the NTE
    assert [MESSAGE_FILE[r.start:r.start + 6] for r in results] == ["OBX|1|", "OBX|2|", "OBX|3|", "OBX|4|", "OBX|5|"]


def test_a_printed_message_is_read_across_its_wrapped_lines() -> None:
    results = parse_lab_report([PRINTOUT]).results
    assert [(r.printed_name, r.loinc, r.value, r.unit, r.ref_low, r.ref_high, r.flag) for r in results] == [
        ("White Blood Cells", "6690-2", 6.1, "10*9/L", 4.0, 11.0, "N"),
        ("Hemoglobin", "718-7", 98.0, "g/L", 120.0, 160.0, "L"),
        ("Hematocrit", "4544-3", 0.338, "L/L", 0.35, 0.47, "L"),
        ("eGFR", "98979-8", 53.0, "mL/min/{1.73_m2}", 60.0, None, "L"),
        ("Glucose Random", "14749-6", 9.3, "mmol/L", 3.3, 11.0, "N"),  # its value on the next line
    ]  # the comment's glucose of June is no result of this message; nor the patient's address or the order's dates
    assert {str(r.observed_on) for r in results} == {"2024-07-06"}


def test_a_report_that_only_mentions_obx_is_read_as_a_report() -> None:
    page = "Hemoglobin   13.5 g/dL   12.0-16.0\nNote: the interface's OBX|1 field order is documented elsewhere.\n"
    assert [(r.loinc, r.value) for r in parse_lab_report([page]).results] == [("718-7", 13.5)]


HEADER = "MSH|^~\\&|LAB|HOSP|EMR|CLINIC|20250102||ORU^R01|M9|P|2.5.1\r"


def test_a_tests_name_decides_and_a_local_code_names_nothing_its_text_does_not() -> None:
    message = (HEADER + "OBR|1|||CSF^CSF studies^L\rOBX|1|NM|GLU^Glucose, CSF^L||62|mg/dL|40-70||||F\r"
               "OBX|2|NM|WBC^WBC, Body Fluid^L||350|/uL|||||F\r")
    assert parse_lab_report([message]).results == []  # neither a serum glucose nor a blood count


def test_an_order_of_urine_codes_its_tests_as_the_urines() -> None:
    message = (HEADER + "OBR|1||A1|24356-8^Urinalysis complete^LN|||20250102|||||||Urine\r"
               "OBX|1|ST|UGLU^Glucose^L||Negative||Negative||||F\rOBX|2|NM|UWBC^WBC^L||12|/HPF|0-5|H|||F\r"
               "SPM|1|||UR^Urine\r")
    assert [(r.loinc, r.value_text, r.unit, r.flag) for r in parse_lab_report([message]).results] == [
        ("25428-4", "Negative", None, "N"), ("5821-4", "12", "/HPF", "H")]


def test_a_messages_report_text_and_the_rows_beside_a_message_are_read_once() -> None:
    text_lines = (HEADER + "OBR|1|||RPT^Report^L\r"
                  "OBX|1|TX|RPT^Report^L|1|Glucose            105     mg/dL     70-99      H||||||F\r")
    assert [(r.loinc, r.value, r.flag) for r in parse_lab_report([text_lines]).results] == [("2345-7", 105.0, "H")]
    rows_under = ("MSH|^~\\&|LAB|H|EMR|C|20250102||ORU^R01|9|P|2.5.1\n"
                  "OBX|1|NM|718-7^Hemoglobin^LN||10.2|g/dL|12.0-16.0|L|||F\n"
                  "Potassium   4.1 mmol/L   3.5-5.1\n")  # the row is no wrapped piece of the segment above
    assert [(r.loinc, r.value) for r in parse_lab_report([rows_under]).results] == [("718-7", 10.2), ("2823-3", 4.1)]
    report_and_message = ("Hemoglobin   10.2 g/dL   12.0-16.0  L\n\n" + rows_under.replace("Potassium", "Hb note"))
    assert [(r.loinc, r.value) for r in parse_lab_report([report_and_message]).results] == [("718-7", 10.2)]


def test_a_header_cut_short_or_numbered_lines_break_nothing() -> None:
    obx = "OBX|1|NM|718-7^Hemoglobin^LN||10.2|g/dL|12.0-16.0|L|||F\n"
    assert parse_lab_report(["MSH|^\n" + obx]).results == []  # unreadable separators: no guess, no exception
    numbered = f"1  {HEADER.strip()}\n2  {obx}"
    assert [(r.loinc, r.value) for r in parse_lab_report([numbered]).results] == [("718-7", 10.2)]
