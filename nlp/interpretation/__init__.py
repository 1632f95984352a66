"""Interpretation reports: a rules engine over a patient's facts and lab results (rules as data in
nlp/data/interpretation_rules.toml, each with its published source), assembled into the vendor's sections
with every statement citing the fact and lab-result ids it rests on."""
