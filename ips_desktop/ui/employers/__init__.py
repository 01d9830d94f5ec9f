"""The employer-contact log area: the log, the register of employers and the job openings."""
