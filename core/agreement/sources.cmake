# The jointly owned lead definition (issue 3): its parts, JSON, diff, scoring and MQL evaluation.
target_sources(baton_core PRIVATE
  agreement/CaseFold.h
  agreement/ContextCompleteness.cpp agreement/ContextCompleteness.h
  agreement/ContextField.cpp agreement/ContextField.h
  agreement/Definition.cpp agreement/Definition.h
  agreement/DefinitionDiff.cpp agreement/DefinitionDiff.h
  agreement/DefinitionDifference.h
  agreement/DefinitionJson.cpp agreement/DefinitionJson.h
  agreement/DefinitionParser.cpp agreement/DefinitionParser.h
  agreement/DefinitionParserParts.cpp
  agreement/DefinitionVersion.cpp agreement/DefinitionVersion.h
  agreement/DetailPattern.cpp agreement/DetailPattern.h
  agreement/EngagementRule.h
  agreement/EngagementTally.cpp agreement/EngagementTally.h
  agreement/EngagementScore.h
  agreement/FitField.cpp agreement/FitField.h
  agreement/FitMatcher.cpp agreement/FitMatcher.h
  agreement/FitOperator.cpp agreement/FitOperator.h
  agreement/FitRule.h
  agreement/MetricTarget.h
  agreement/FitScore.h
  agreement/HandoffJudge.cpp agreement/HandoffJudge.h
  agreement/RulePoints.h
  agreement/QualificationGate.cpp agreement/QualificationGate.h
  agreement/JsonReader.cpp agreement/JsonReader.h
  agreement/MeaningfulContact.h
  agreement/MqlEvaluator.cpp agreement/MqlEvaluator.h
  agreement/CrossingSearch.cpp agreement/CrossingSearch.h
  agreement/MqlRule.h
  agreement/QualificationCriterion.h
  agreement/ScoreBreakdown.h
  agreement/Scorer.cpp agreement/Scorer.h
  agreement/SlaTier.h
  agreement/SlaTierSelector.cpp agreement/SlaTierSelector.h
)
