# The joint review's metrics (issue 6): each defined with its formula in docs/metrics.md.
target_sources(baton_core PRIVATE
  metrics/DurationStats.cpp metrics/DurationStats.h
  metrics/MetricKey.cpp metrics/MetricKey.h
  metrics/MetricText.cpp metrics/MetricText.h
  metrics/MetricUnit.cpp metrics/MetricUnit.h
  metrics/MetricValue.h
  metrics/MetricsAccumulator.cpp metrics/MetricsAccumulator.h
  metrics/PeriodMetrics.h
  metrics/ReviewFilter.h
  metrics/ReviewHandoff.h
  metrics/ReviewMetrics.h
  metrics/ReviewWeeks.cpp metrics/ReviewWeeks.h
  metrics/StaleSpan.h
  services/ReviewClocks.cpp services/ReviewClocks.h
  services/ReviewPass.cpp services/ReviewPass.h
  storage/MetricsRepository.cpp storage/MetricsRepository.h
  services/MetricsService.cpp services/MetricsService.h
)
