public enum TipL10nKitPlaceholder {}
