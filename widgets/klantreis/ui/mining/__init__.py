"""The customer-data page: load survey and event files, map them to the journey, and see
where the team's beliefs and the customers' data disagree."""
