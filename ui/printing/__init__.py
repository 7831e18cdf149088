"""Previewing and printing the PDFs that desk.printing builds."""
