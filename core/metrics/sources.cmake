# The joint review's metrics (issue 6): each defined with its formula in docs/metrics.md.
target_sources(baton_core PRIVATE
  metrics/MetricKey.cpp metrics/MetricKey.h
)
