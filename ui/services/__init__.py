"""Screens of the service list and service requests: the requests queue, opening requests
at check-in, the catalogue, and the three lists' demands, micro-wishes and resources."""
