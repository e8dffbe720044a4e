"""The participant's page: one page, on their phone, for the whole served workshop."""
