public enum TipL10nXMLPlaceholder {}
