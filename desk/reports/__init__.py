"""Statistics, monthly reports and ledgers (台账): the figures a center is judged by."""
