# The joint review's meeting: decisions and action items next to the metric that prompted them.
target_sources(baton_core PRIVATE
)
