package care.alliance.goal;

/** The part of life a goal is about; medication goals are set only by prescribers. */
public enum LifeArea {
    MENTAL_HEALTH,
    PHYSICAL_HEALTH,
    MEDICATION,
    SOCIAL,
    DAILY_LIFE,
    WORK_AND_LEARNING
}
