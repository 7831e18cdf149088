"""Signed QR passes: issuing them, reading them back from a scanner or camera, and
verifying them offline.

A pass is a short text of letters and digits (``DQ1`` + base32) that carries who issued
it, for which center, when it is valid and an Ed25519 signature; the desk checks it
without a network (``KeyRing``), and ``PassService`` keeps keys, issued passes and the
revocation list in the store.
"""
