"""The city hub: receives the desks' facts and serves what the city authors.

A FastAPI service on PostgreSQL (psycopg 3). It shares only the wire protocol with the
desk (desk/sync/protocol.py). See hub/README.md and docs/SYNC.md.
"""
