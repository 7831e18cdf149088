"""The service list (服务清单), service requests with first-contact ownership and time
limits, the three lists (demands, shared resources) and micro-wishes, and their figures."""
