"""The Participants area: the caseload list, a participant's page, referral and notes."""
